// Prose in each language: support tickets, emails, CRM notes, chat messages, meeting notes. Positive
// templates carry personal data; clean ones carry look-alikes (months, cities, companies, products,
// masked values, order numbers, example domains, ordinary dates).
import { L } from './pieces.mjs';
import {
  companies,
  maskedCard,
  orderNumber,
  placesThatLookLikeNames,
  products,
  trackingNumber,
} from './values.mjs';

const pos = {
  en: [
    (c, p) => L`Hi team,

Customer ${c.name(p)} (${c.maybeEnc(c.email(p))}) called about a duplicate charge on their ${c.r.pick(['Visa', 'Mastercard', 'Amex'])}. They read out the full card number ${c.card()} over the phone, which should not be in the ticket, please scrub it. Call back on ${c.phone(p)} after 3pm.

Thanks,
${c.r.pick(['Support', 'Tier 2', 'Billing ops'])}
`,
    (c, p) => L`Subject: Account verification for ${c.name(p)}

The applicant's date of birth is ${c.dob(p, 'locale')} and the SSN on file is ${c.ssn()}. The address matches ${p.street}, ${p.city}. Please confirm before we raise the credit limit.
`,
    (c, p) => {
      const q = c.person();
      return L`Notes from the call with ${c.name(p)} and ${c.name(q)}:
- ${c.first(p)} wants the invoices sent to ${c.email(p)} instead of ${c.email(q)}
- refund to IBAN ${c.iban()} once finance approves
- follow-up next week; ${c.first(q)}'s direct line is ${c.phone(q)}
`;
    },
    (
      c,
    ) => L`> ${c.r.pick(['@here', 'FYI', 'heads up'])}: someone pasted a live key in #data-eng: ${c.anySecret()} — I've revoked it, please rotate anything that used it.
`,
    (c, p) => L`Dear ${c.name(p)},

Thank you for contacting us. We have updated your phone number to ${c.phone(p)} and your email to ${c.maybeEnc(c.email(p))}. If you did not request this change, reply to this message.

Kind regards,
${c.name(c.person())}
Customer Care
`,
    (
      c,
      p,
    ) => L`Patient ${c.name(p)}, born ${c.dob(p, 'locale')}, was seen on ${c.plainDate(2023, 2025, 'locale')}. Insurance member SSN ${c.ssn()}. Emergency contact: ${c.name(c.person())}, ${c.phone()}.
`,
    (
      c,
      p,
    ) => L`Fraud review: login for ${c.email(p)} came from ${c.ip()} and then ${c.ip()} within two minutes. The card ending ${maskedCard(c.r).slice(-4)} was then used; full PAN in the processor log was ${c.card()}.
`,
    (
      c,
      p,
    ) => L`Can you check why the export for ${c.name(p)} is failing? Her user id is ${c.r.int(1000, 99999)} and her email is ${c.enc(c.email(p), ['atDot', 'atDot', 'spaced', 'zeroWidth', 'homoglyph'])} (she typed it like that in the form).
`,
  ],
  de: [
    (c, p) => L`Hallo zusammen,

Herr ${c.name(p)} hat angerufen, seine neue Telefonnummer ist ${c.phone(p)} und die E-Mail ${c.maybeEnc(c.email(p))}. Geburtsdatum laut Ausweis: ${c.dob(p, 'locale')}.

Viele Grüße
${c.name(c.person())}
`,
    (
      c,
      p,
    ) => L`Bitte die Rückerstattung an ${c.name(p)} überweisen, IBAN ${c.iban()}. Die Kundin ist unter ${c.phone(p)} erreichbar.
`,
    (
      c,
      p,
    ) => L`Frau ${c.name(p)} (geb. ${c.dob(p, 'locale')}) möchte ihren Vertrag kündigen. Kontakt: ${c.email(p)}.
`,
  ],
  fr: [
    (c, p) => L`Bonjour,

Mme ${c.name(p)}, née le ${c.dob(p, 'locale')}, souhaite modifier son adresse e-mail : ${c.maybeEnc(c.email(p))}. Merci de la rappeler au ${c.phone(p)}.

Cordialement,
${c.name(c.person())}
`,
    (
      c,
      p,
    ) => L`Remboursement à effectuer pour ${c.name(p)} sur l'IBAN ${c.iban()}. Le client a été prévenu par téléphone (${c.phone(p)}).
`,
    (
      c,
      p,
    ) => L`Compte rendu : ${c.name(p)} a signalé une connexion suspecte depuis l'adresse ${c.ip()}. Son e-mail est ${c.email(p)}.
`,
  ],
  es: [
    (c, p) => L`Hola,

El cliente ${c.name(p)} ha llamado para actualizar sus datos: teléfono ${c.phone(p)}, correo ${c.maybeEnc(c.email(p))}. Fecha de nacimiento: ${c.dob(p, 'locale')}.

Un saludo,
${c.name(c.person())}
`,
    (
      c,
      p,
    ) => L`Por favor, devolver el importe a ${c.name(p)} en la cuenta ${c.iban()}. Nacida el ${c.dob(p, 'locale')}.
`,
    (
      c,
      p,
    ) => L`Incidencia: ${c.name(p)} no puede acceder desde ${c.ip()}. Contactar en ${c.email(p)} o al ${c.phone(p)}.
`,
  ],
  nl: [
    (c, p) => L`Hoi,

${c.name(p)} belde over een dubbele afschrijving. Terugstorten op ${c.iban()}. Bereikbaar op ${c.phone(p)} of via ${c.maybeEnc(c.email(p))}.

Groet,
${c.name(c.person())}
`,
    (
      c,
      p,
    ) => L`Klant ${c.name(p)}, geboren op ${c.dob(p, 'locale')}, wil het abonnement opzeggen. E-mail: ${c.email(p)}.
`,
  ],
  it: [
    (c, p) => L`Buongiorno,

il cliente ${c.name(p)} (nato il ${c.dob(p, 'locale')}) chiede il rimborso sull'IBAN ${c.iban()}. Recapito: ${c.phone(p)}, ${c.maybeEnc(c.email(p))}.

Cordiali saluti,
${c.name(c.person())}
`,
    (
      c,
      p,
    ) => L`Nota: ${c.name(p)} ha segnalato un accesso sospetto dall'indirizzo ${c.ip()}. Data di nascita: ${c.dob(p, 'locale')}.
`,
  ],
  pt: [
    (c, p) => L`Olá,

A cliente ${c.name(p)} pediu para atualizar o telefone para ${c.phone(p)} e o e-mail para ${c.maybeEnc(c.email(p))}. Data de nascimento: ${c.dob(p, 'locale')}.

Atenciosamente,
${c.name(c.person())}
`,
    (
      c,
      p,
    ) => L`Estorno para ${c.name(p)} no cartão ${c.card()}. Nascido em ${c.dob(p, 'locale')}. Contato: ${c.email(p)}.
`,
  ],
  ja: [
    (c, p) => L`お世話になっております。

${c.name(p)}様の登録情報を更新しました。電話番号: ${c.phone(p)}、メール: ${c.maybeEnc(c.email(p))}、生年月日: ${c.dob(p, 'locale')}。

よろしくお願いいたします。
`,
    (
      c,
      p,
    ) => L`Customer ${c.name(p)} (Tokyo office) asked to change the billing email to ${c.email(p)}. Phone: ${c.phone(p)}.
`,
  ],
};

const clean = {
  en: [
    (
      c,
    ) => L`In May ${c.r.int(2022, 2025)} the churn rate in ${c.r.pick(placesThatLookLikeNames)} dropped to ${c.r.int(2, 9)}.${c.r.int(0, 9)}%. This will likely reverse in June once the ${c.r.pick(products)} promotion ends. ${c.r.pick(companies)} remains our largest account.
`,
    (
      c,
    ) => L`Order ${orderNumber(c.r)} shipped on ${c.plainDate(2024, 2025, 'locale')} with tracking number ${trackingNumber(c.r)}. The card on file ends in ${maskedCard(c.r)}. Contact the buyer via the masked relay ${c.maskedEmail()} only.
`,
    (
      c,
    ) => L`Release notes ${c.r.int(1, 9)}.${c.r.int(0, 30)}.${c.r.int(0, 9)}: fixed the export for customers whose email column was empty; bumped pandas to 2.2.${c.r.int(0, 3)} and scikit-learn to 1.${c.r.int(3, 5)}.${c.r.int(0, 2)}. Build ${c.sha(true)}. See ticket task-${c.r.int(100, 9999)} and the risk-score dashboard.
`,
    (
      c,
    ) => L`Mark the invoice as paid and bill the remaining balance next month. Will the Paris and Florence warehouses be merged? Grant access to the Jordan team once the ${c.r.pick(companies)} contract is signed.
`,
    (
      c,
    ) => L`For testing use ${c.exampleEmail()} and the API key placeholder your-api-key-here. Never commit real keys; AKIAIOSFODNN7EXAMPLE is the documented AWS example. Our staging server listens on 127.0.0.1:8080.
`,
    (
      c,
    ) => L`The ${c.r.pick(['email', 'ssn', 'date_of_birth', 'phone_number', 'iban'])} column is ${c.r.pick(['nullable', 'encrypted at rest', 'hashed before export', 'excluded from the AI context'])}. Request id ${c.uuid()} completed at ${c.ts()}.
`,
  ],
  de: [
    (
      c,
    ) => L`Im Mai ${c.r.int(2022, 2025)} ist der Umsatz in ${c.r.pick(['München', 'Hamburg', 'Köln'])} um ${c.r.int(2, 19)} % gestiegen. Bestellung ${orderNumber(c.r)} wurde am ${c.plainDate(2024, 2025, 'locale')} versendet, Sendungsnummer ${trackingNumber(c.r)}.
`,
    (
      c,
    ) => L`Die Spalte geburtsdatum wird vor dem Export entfernt. Version ${c.r.int(1, 9)}.${c.r.int(0, 20)}.${c.r.int(0, 9)} läuft auf ${c.r.pick(companies)}-Servern.
`,
  ],
  fr: [
    (
      c,
    ) => L`En mai ${c.r.int(2022, 2025)}, les ventes à Paris ont progressé de ${c.r.int(2, 19)} %. La commande ${orderNumber(c.r)} a été expédiée le ${c.plainDate(2024, 2025, 'locale')}. Carte enregistrée : ${maskedCard(c.r)}.
`,
    (
      c,
    ) => L`La colonne date_de_naissance est masquée. Le fournisseur ${c.r.pick(companies)} livrera la version ${c.r.int(1, 9)}.${c.r.int(0, 20)} en juin.
`,
  ],
  es: [
    (
      c,
    ) => L`En mayo de ${c.r.int(2022, 2025)} las ventas en Valencia subieron un ${c.r.int(2, 19)} %. El pedido ${orderNumber(c.r)} salió el ${c.plainDate(2024, 2025, 'locale')} con seguimiento ${trackingNumber(c.r)}.
`,
  ],
  nl: [
    (
      c,
    ) => L`In mei ${c.r.int(2022, 2025)} steeg de omzet in Utrecht met ${c.r.int(2, 19)}%. Bestelling ${orderNumber(c.r)} is op ${c.plainDate(2024, 2025, 'locale')} verzonden.
`,
  ],
  it: [
    (
      c,
    ) => L`A maggio ${c.r.int(2022, 2025)} il fatturato a Firenze è cresciuto del ${c.r.int(2, 19)}%. L'ordine ${orderNumber(c.r)} è stato spedito il ${c.plainDate(2024, 2025, 'locale')}.
`,
  ],
  pt: [
    (
      c,
    ) => L`Em maio de ${c.r.int(2022, 2025)} as vendas em São Paulo cresceram ${c.r.int(2, 19)}%. O pedido ${orderNumber(c.r)} foi enviado em ${c.plainDate(2024, 2025, 'locale')}. Cartão: ${maskedCard(c.r)}.
`,
  ],
  ja: [
    (
      c,
    ) => L`${c.r.int(2022, 2025)}年5月の売上は前年比${c.r.int(2, 19)}%増でした。注文番号 ${orderNumber(c.r)} は ${c.plainDate(2024, 2025)} に発送済みです。
`,
  ],
};

export function prose(c, isClean) {
  const { r } = c;
  const lang = r.chance(0.25) ? 'en' : c.lang;
  const n = isClean ? r.int(1, 3) : r.int(1, 3);
  const cleanOnes = r.shuffle(clean[lang] ?? clean.en);
  const posOnes = r.shuffle(pos[lang] ?? pos.en);
  const out = [];
  for (let i = 0; i < n; i++) {
    if (isClean || (i > 0 && r.chance(0.3))) out.push(cleanOnes[i % cleanOnes.length](c), '\n');
    else out.push(posOnes[i % posOnes.length](c, c.person()), '\n');
  }
  return out;
}

export { clean as cleanProse, pos as positiveProse };
