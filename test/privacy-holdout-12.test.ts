import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twelfth hand-written hold-out: office, developer and messaging material as it is pasted into the
 * AI assistant of a data notebook or sent through an AI gateway, in shapes the first eleven do not
 * cover. Spreadsheets and BI (an Excel copy with merged cells left blank, Google Sheets with formulas
 * shown, an Airtable CSV with collaborator cells, a Notion database exported to Markdown, a Power BI
 * tooltip and table copy, a pivot table whose rows mix sales reps with fashion brands named after
 * their founders, a Dutch expense sheet); developer material (GitHub pull-request review comments,
 * CODEOWNERS, .git-credentials, .yarnrc.yml, an Ansible inventory with a Vault blob, Helm values,
 * terraform plan output, a Postman collection, an OpenAPI example copied from a ticket, a Jest
 * snapshot, a Flyway seed migration, a Firebase Realtime Database export, a Supabase .env with an
 * auth.users result, Redis MONITOR, kafka-console-consumer and a MongoDB aggregation with explain());
 * business documents (a signed NDA with its DocuSign certificate, a purchase order, a US lease, board
 * minutes with surnames used alone, a French employment contract, a German payslip, a 1099-NEC, an
 * ACORD 25 certificate, a wedding RSVP sheet, a donor CRM export, a Czech volunteer roster);
 * messaging (a Discord export, a Telegram export in Turkish, a Vietnamese SMS thread, an Italian
 * lawyer's e-mail with a long signature and disclaimer, an Outlook invite in Polish with Teams join
 * details, a Teams chat in Mexican Spanish with "Last, First" display names); Korean, Chinese,
 * Arabic and Portuguese documents. Hard negatives of the same shapes: formula cell references and
 * named ranges, usernames and @handles, Discord and Firebase numeric ids, Ansible Vault ciphertext,
 * AMI ids and CIDR blocks, company, VAT, tax, social-security and Emirates ID numbers, meeting ids
 * and passcodes, invoice and order numbers, amounts, times, postcodes, song titles, example.com
 * addresses, placeholder tokens, and companies, brands, streets and places named after people. Each case lists every value it expects found, with its type; anything else flagged
 * is a false positive. Name fields kept apart by a format (CSV or sheet columns, given/family JSON
 * keys) are separate spans. A lone given or family name counts only when the same person is named in
 * full elsewhere in the text. Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97
 * (and national) check digits, an SSN in a valid area, made-up names and keys.
 */
const k = joinParts;
const githubFinePat = k(
  'github_pat_',
  '11AXKQ7RY0Qm2xW7pLr4Tz',
  '_',
  'Kw8Nb3cYdF6gH1jS5aE0uXo7RtT2vLm9WcK4bN8pZ1yHd3JfG6sAe0uVi5oBnT3',
);
const gitlabPat = k('gl', 'pat-', 'Vz3Kq8Rm2Xw7Lt4Nc9By');
const bitbucketAppPw = k('AT', 'BB', 'rT7vLm2Xq9WcK4bN8pZ1yHd3JfG6sAe0', 'C41E8A7F');
const ghsToken = k('gh', 's_', 'Hd3JfG6sAe0uVi5oBnT3Qm2xW7pLr4TzKw8N');
const npmToken = k('npm', '_', 'Wc4Kb8Np1Zy3Hd6Jf0Gs5Ae7Uv2Io9Qx4RtT');
const fontAwesomeToken = k('7E2B9C41-4D8A-', '4F3E-B6A1-93C5D0E8F217');
const slackWebhook = k(
  'https://hooks.',
  'slack.com/services/',
  'T03KX7Q2M/B06RT4LW9ZP/Lx8Qm2Vr9Tz4Kc7nYd3bFg6h',
);
const crmApiKey = k('kcrm_live_', '7Qm2xLr4TzKw8Nb3cYdF6gH1jS5aE0u');
const discordBotToken = k(
  'MTE4NzQ0NzEyMDkzODgxNjQ0OA',
  '.',
  'GkR7tQ',
  '.',
  'xW9pLm2Vb4Nc8Qz3Rt7LwK5yHd1JfG6sAe0uXo',
);
const firebaseApiKey = k('AI', 'za', 'SyB7kQ2mZ9pW1vT8nB3cF6gH0jL5sE2uRx4');
const supabaseServiceKey = k(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.',
  'eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InhxemxtcnR2a3djbmJweWhkamZnIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwOTgxMjM0NSwiZXhwIjoyMDI1Mzg4MzQ1fQ',
  '.',
  'Tq4vN8cR2wKx7QmZ3bY9yHd6JfG1sAe5Lr0uVi2oBnQ',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- spreadsheets and BI
  {
    name: 'Excel copy of a sales territory sheet with merged region cells left blank and a total row',
    text: `Region\tTerritory\tAccount manager\tDirect line\tMobile\tE-mail\tQ1 target\tQ1 actual\t% of target
DACH\tBayern\tSebastian Krämer\t+49 89 2180 4471\t+49 171 5520 318\ts.kraemer@kestrel-vertrieb.de\t€ 420.000\t€ 388.150\t92%
\tBaden-Württemberg\tMelanie Özdemir\t+49 711 9330 2207\t+49 160 9473 1182\tm.oezdemir@kestrel-vertrieb.de\t€ 380.000\t€ 401.220\t106%
\tÖsterreich\tFlorian Gruber\t+43 1 532 7719\t+43 664 318 2290\tf.gruber@kestrel-vertrieb.at\t€ 210.000\t€ 176.480\t84%
Benelux\tNederland\tSanne Visser\t+31 20 794 3318\t+31 6 4127 8830\tsanne.visser@kestrel-sales.nl\t€ 300.000\t€ 312.900\t104%
\t\t\t\t\t\t\t\t
Total\t\t\t\t\t\t€ 1.310.000\t€ 1.278.750\t98%`,
    expected: [
      ['PERSON', 'Sebastian Krämer'],
      ['PHONE', '+49 89 2180 4471'],
      ['PHONE', '+49 171 5520 318'],
      ['EMAIL', 's.kraemer@kestrel-vertrieb.de'],
      ['PERSON', 'Melanie Özdemir'],
      ['PHONE', '+49 711 9330 2207'],
      ['PHONE', '+49 160 9473 1182'],
      ['EMAIL', 'm.oezdemir@kestrel-vertrieb.de'],
      ['PERSON', 'Florian Gruber'],
      ['PHONE', '+43 1 532 7719'],
      ['PHONE', '+43 664 318 2290'],
      ['EMAIL', 'f.gruber@kestrel-vertrieb.at'],
      ['PERSON', 'Sanne Visser'],
      ['PHONE', '+31 20 794 3318'],
      ['PHONE', '+31 6 4127 8830'],
      ['EMAIL', 'sanne.visser@kestrel-sales.nl'],
    ],
  },
  {
    name: 'Google Sheets on-call roster with formulas shown, literals inside IF and HYPERLINK, and the Staff tab',
    text: `Sheet "Rota" (View > Show formulas):
\tA\tB\tC\tD\tE\tF
1\tWeek\tEngineer\tPhone\tBackup\tBackup phone\tRole
2\t2024-W11\tPriyanka Sethi\t=VLOOKUP(B2,Staff!$A$2:$D$40,3,FALSE)\tTomás Aguirre\t=VLOOKUP(D2,Staff!$A$2:$D$40,3,FALSE)\t=IF(B2="Priyanka Sethi","lead","")
3\t2024-W12\t=D2\t=VLOOKUP(B3,Staff!$A$2:$D$40,3,FALSE)\tWen Li Goh\t=VLOOKUP(D3,Staff!$A$2:$D$40,3,FALSE)\t=IF(B3="Priyanka Sethi","lead","")
4\t\t\t=COUNTIF(B2:B3,"<>")\t\t=HYPERLINK("mailto:tomas.aguirre@kestrel.io","mail Tomás")\t

Sheet "Staff":
\tA\tB\tC\tD
1\tName\tLogin\tMobile\tEmail
2\tPriyanka Sethi\tpsethi\t+44 7911 482 305\tpriyanka.sethi@kestrel.io
3\tTomás Aguirre\ttaguirre\t+34 622 418 730\ttomas.aguirre@kestrel.io
4\tWen Li Goh\twgoh\t+65 9147 2208\twenli.goh@kestrel.io`,
    // Cell references, ranges and logins are not findings; "mail Tomás" names a person named in full.
    expected: [
      ['PERSON', 'Priyanka Sethi'],
      ['PERSON', 'Tomás Aguirre'],
      ['PERSON', 'Priyanka Sethi'],
      ['PERSON', 'Wen Li Goh'],
      ['PERSON', 'Priyanka Sethi'],
      ['EMAIL', 'tomas.aguirre@kestrel.io'],
      ['PERSON', 'Tomás'],
      ['PERSON', 'Priyanka Sethi'],
      ['PHONE', '+44 7911 482 305'],
      ['EMAIL', 'priyanka.sethi@kestrel.io'],
      ['PERSON', 'Tomás Aguirre'],
      ['PHONE', '+34 622 418 730'],
      ['EMAIL', 'tomas.aguirre@kestrel.io'],
      ['PERSON', 'Wen Li Goh'],
      ['PHONE', '+65 9147 2208'],
      ['EMAIL', 'wenli.goh@kestrel.io'],
    ],
  },
  {
    name: 'Airtable CSV export of a food-bank volunteer roster with linked shifts, collaborators and attachments',
    text: `Name,Email,Phone,Shifts,Emergency contact,DBS checked,Coordinator,Photo,Record ID
Abena Ofori,abena.ofori@gmail.com,07723 118 904,"Sat 16 Mar – Warehouse AM,Sun 17 Mar – Deliveries","Mum – Rachel Ofori, 07723 441 902",checked,Hannah Lindqvist <hannah@harbourfoodbank.org.uk>,"IMG_4471.jpg (https://dl.airtable.com/.attachments/8f3c2a9e17b84d6f/4a61c2e1/IMG_4471.jpg)",recQ7m2xLr4TzKw8N
Callum Fraser,callum.fraser@outlook.com,07581 330 276,Sat 16 Mar – Warehouse AM,"Partner Jess Fraser 07402 917 338",,Hannah Lindqvist <hannah@harbourfoodbank.org.uk>,,recB3cYdF6gH1jS5a
Warehouse Team,warehouse@harbourfoodbank.org.uk,,"Sat 16 Mar – Warehouse AM,Sat 16 Mar – Warehouse PM",,,,,recE0uXo7RtT2vLm9`,
    // "Warehouse Team" is a shared account and its role mailbox is still an address; record ids are not ours.
    expected: [
      ['PERSON', 'Abena Ofori'],
      ['EMAIL', 'abena.ofori@gmail.com'],
      ['PHONE', '07723 118 904'],
      ['PERSON', 'Rachel Ofori'],
      ['PHONE', '07723 441 902'],
      ['PERSON', 'Hannah Lindqvist'],
      ['EMAIL', 'hannah@harbourfoodbank.org.uk'],
      ['PERSON', 'Callum Fraser'],
      ['EMAIL', 'callum.fraser@outlook.com'],
      ['PHONE', '07581 330 276'],
      ['PERSON', 'Jess Fraser'],
      ['PHONE', '07402 917 338'],
      ['PERSON', 'Hannah Lindqvist'],
      ['EMAIL', 'hannah@harbourfoodbank.org.uk'],
      ['EMAIL', 'warehouse@harbourfoodbank.org.uk'],
    ],
  },
  {
    name: 'Notion database exported to Markdown with page titles naming the interviewee and a Person property',
    text: `# Customer interviews – Q1 2024

| Name | Interviewee | Company | Date | Owner | Status | Email | Phone | Notes |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| [Call with Fatima Zahra El Idrissi](Customer%20interviews%20Q1%202024/Call%20with%20Fatima%20Zahra%20El%20Idrissi%20a3f9c2e17b8d4e6f9c2a71f5b0d83e46.md) | Fatima Zahra El Idrissi | Atlas Logistique | March 4, 2024 | Jonas Berg | Done | fz.elidrissi@atlaslogistique.ma | +212 661 48 27 39 | Wants SSO; follow up with @Jonas Berg |
| [Call with Mateus Albuquerque](Customer%20interviews%20Q1%202024/Call%20with%20Mateus%20Albuquerque%207b1d4e8f2c9a4b6e8d0f3a5c7e9b1d24.md) | Mateus Albuquerque | Frota Viva | March 6, 2024 | Jonas Berg | Scheduled | mateus@frotaviva.com.br | +55 11 98241-7730 | Intro via Fatima |
| [Template: new interview](Customer%20interviews%20Q1%202024/Template%20new%20interview%2000000000000000000000000000000000.md) |  |  |  |  | Not started |  |  |  |`,
    // The page file names carry the names percent-encoded (an encoded value's span is its encoded form);
    // Notion page ids are not ours; "Fatima" refers to Fatima Zahra El Idrissi, named in full above.
    expected: [
      ['PERSON', 'Fatima Zahra El Idrissi'],
      ['PERSON', 'Fatima%20Zahra%20El%20Idrissi'],
      ['PERSON', 'Fatima Zahra El Idrissi'],
      ['PERSON', 'Jonas Berg'],
      ['EMAIL', 'fz.elidrissi@atlaslogistique.ma'],
      ['PHONE', '+212 661 48 27 39'],
      ['PERSON', 'Jonas Berg'],
      ['PERSON', 'Mateus Albuquerque'],
      ['PERSON', 'Mateus%20Albuquerque'],
      ['PERSON', 'Mateus Albuquerque'],
      ['PERSON', 'Jonas Berg'],
      ['EMAIL', 'mateus@frotaviva.com.br'],
      ['PHONE', '+55 11 98241-7730'],
      ['PERSON', 'Fatima'],
    ],
  },
  {
    name: 'Power BI tooltip and "Copy selection" of a table visual, in Norwegian formats, with the applied filters',
    text: `Tooltip (Kundeoversikt, page 2):
Kunde: Ingrid Solberg
Kunde-ID: C-004471
Segment: Premium
Livstidsverdi: 12 418,50 kr
Siste ordre: 11.03.2024
Telefon: +47 918 44 207

Copy selection (table "Topp kunder"):
Kunde\tKunde-ID\tE-post\tFødselsdato\tOrdre\tOmsetning
Ingrid Solberg\tC-004471\tingrid.solberg@online.no\t02.10.1979\t14\t12 418,50
Håkon Bjerke\tC-004502\thakon.bjerke@gmail.com\t27.06.1985\t9\t8 906,00
Total\t\t\t\t23\t21 324,50

Applied filters: Region er Vestland; Dato er 01.01.2024 - 31.03.2024; Segment er Premium`,
    expected: [
      ['PERSON', 'Ingrid Solberg'],
      ['PHONE', '+47 918 44 207'],
      ['PERSON', 'Ingrid Solberg'],
      ['EMAIL', 'ingrid.solberg@online.no'],
      ['DATE_OF_BIRTH', '02.10.1979'],
      ['PERSON', 'Håkon Bjerke'],
      ['EMAIL', 'hakon.bjerke@gmail.com'],
      ['DATE_OF_BIRTH', '27.06.1985'],
    ],
  },
  {
    name: 'Excel pivot table whose row labels mix sales reps with fashion brands named after their founders',
    text: `Sum of Net sales\tColumn Labels\t\t\t
Row Labels\tQ1\tQ2\tQ3\tGrand Total
Aurélie Fontaine\t84,210\t91,448\t77,905\t253,563
   Calvin Klein\t40,100\t43,920\t35,310\t119,330
   Tommy Hilfiger\t44,110\t47,528\t42,595\t134,233
Declan Murphy\t62,044\t58,301\t70,118\t190,463
   Ralph Lauren\t31,900\t30,050\t36,777\t98,727
   Hugo Boss\t30,144\t28,251\t33,341\t91,736
(blank)\t1,208\t\t\t1,208
Grand Total\t147,462\t149,749\t148,023\t445,234`,
    // The brands are companies and products named after people, not people.
    expected: [
      ['PERSON', 'Aurélie Fontaine'],
      ['PERSON', 'Declan Murphy'],
    ],
  },
  {
    name: 'Dutch expense reimbursement sheet with separate name columns, dd-mm-jjjj birth dates and IBANs',
    text: `Declaraties februari 2024 – uit te betalen op 25-03-2024
Personeelsnr\tAchternaam\tVoornaam\tGeboortedatum\tIBAN\tBedrag\tOmschrijving
10447\tde Jong\tMaarten\t14-02-1988\tNL03 RABO 4172 8395 09\t€ 184,20\tReiskosten feb
10452\tBakker-Yilmaz\tEsra\t03-09-1993\tBE07 0635 8460 2766\t€ 62,75\tParkeren Antwerpen
10460\tvan Dijk\tThijs\t21-11-1979\tNL03 RABO 4172 8395 09\t€ 19,90\tLunch klant (zie 10447)
\t\t\t\tTotaal\t€ 266,85\t`,
    // Thijs van Dijk was paid to Maarten de Jong's account by mistake: the IBAN is listed each time.
    expected: [
      ['PERSON', 'de Jong'],
      ['PERSON', 'Maarten'],
      ['DATE_OF_BIRTH', '14-02-1988'],
      ['IBAN', 'NL03 RABO 4172 8395 09'],
      ['PERSON', 'Bakker-Yilmaz'],
      ['PERSON', 'Esra'],
      ['DATE_OF_BIRTH', '03-09-1993'],
      ['IBAN', 'BE07 0635 8460 2766'],
      ['PERSON', 'van Dijk'],
      ['PERSON', 'Thijs'],
      ['DATE_OF_BIRTH', '21-11-1979'],
      ['IBAN', 'NL03 RABO 4172 8395 09'],
    ],
  },
  // ---------------------------------------------------------------- developer material
  {
    name: 'GitHub pull-request review thread copied from the web UI, with a production customer in a fixture diff',
    text: `Add churn features to customer_360 #1842
Open  dlee-dev wants to merge 6 commits into main from feat/churn-features

mwozniak-kestrel commented on tests/fixtures/customers.json
   @@ -12,6 +12,14 @@
   +  {
   +    "id": "cus_7Qm2xLr4TzKw",
   +    "full_name": "Aisha Rahman",
   +    "email": "aisha.rahman@outlook.com",
   +    "phone": "+1 416 839 2271",
   +    "plan": "enterprise"
   +  },
mwozniak-kestrel 2 days ago
This looks like a real customer from prod (Aisha Rahman, the Toronto account). Please swap in a faker record before merging.

dlee-dev 2 days ago
Oops, yes, I pulled it from the support ticket. Replaced in 9c41e2a.

sonarcloud[bot] commented
Quality Gate passed: 0 Bugs, 0 Vulnerabilities, 0 Security Hotspots, 85.2% Coverage on New Code

mwozniak-kestrel approved these changes
dlee-dev merged commit 4f1c9e2 into main

Co-authored-by: Daniel Lee <daniel.lee@kestrel.io>`,
    // Logins and the bot are handles, not names; commit SHAs are not ours.
    expected: [
      ['PERSON', 'Aisha Rahman'],
      ['EMAIL', 'aisha.rahman@outlook.com'],
      ['PHONE', '+1 416 839 2271'],
      ['PERSON', 'Aisha Rahman'],
      ['PERSON', 'Daniel Lee'],
      ['EMAIL', 'daniel.lee@kestrel.io'],
    ],
  },
  {
    name: 'CODEOWNERS with team handles, personal and role mailboxes and an owner named in a comment',
    text: `# CODEOWNERS for kestrel/platform
# Questions: ping #eng-platform or mail platform-owners@kestrel.io
# Billing stays with Dana Whitfield's team until the reorg (PLAT-4471).

*                       @kestrel/platform-core
/billing/               @kestrel/billing dana.whitfield@kestrel.io
/billing/tax/           @rkaur-kestrel @kestrel/billing
/infra/terraform/       @kestrel/sre ops-oncall@kestrel.io
/docs/                  @kestrel/docs-writers
/src/privacy/           @mbenali @kestrel/security security@kestrel.io
*.proto                 @kestrel/api-guild
/legacy/**              @olduser-archived`,
    expected: [
      ['EMAIL', 'platform-owners@kestrel.io'],
      ['PERSON', 'Dana Whitfield'],
      ['EMAIL', 'dana.whitfield@kestrel.io'],
      ['EMAIL', 'ops-oncall@kestrel.io'],
      ['EMAIL', 'security@kestrel.io'],
    ],
  },
  {
    name: '.git-credentials with tokens for GitHub, GitLab and Bitbucket (an encoded e-mail as user) and git config',
    text: `$ cat ~/.git-credentials
https://mkowalczyk:${githubFinePat}@github.com
https://oauth2:${gitlabPat}@gitlab.kestrel.io
https://marta.kowalczyk%40kestrel.io:${bitbucketAppPw}@bitbucket.org
https://x-access-token:${ghsToken}@github.com
$ git config --global --list
user.name=Marta Kowalczyk
user.email=marta.kowalczyk@kestrel.io
credential.helper=store
core.editor=vim
pull.rebase=true`,
    // The user part of a URL is a login (mkowalczyk, oauth2) unless it is an address; an encoded one is its encoded form.
    expected: [
      ['SECRET', githubFinePat],
      ['SECRET', gitlabPat],
      ['EMAIL', 'marta.kowalczyk%40kestrel.io'],
      ['SECRET', bitbucketAppPw],
      ['SECRET', ghsToken],
      ['PERSON', 'Marta Kowalczyk'],
      ['EMAIL', 'marta.kowalczyk@kestrel.io'],
    ],
  },
  {
    name: '.yarnrc.yml with scoped registries: an npm token, a Font Awesome UUID token, an ident with a password and an env reference',
    text: `nodeLinker: node-modules
yarnPath: .yarn/releases/yarn-4.1.1.cjs
npmRegistryServer: "https://registry.yarnpkg.com"
npmAuthToken: "${npmToken}"
npmScopes:
  kestrel:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: "\${GITHUB_PACKAGES_TOKEN}"
  fortawesome:
    npmRegistryServer: "https://npm.fontawesome.com/"
    npmAlwaysAuth: true
    npmAuthToken: "${fontAwesomeToken}"
  internal:
    npmRegistryServer: "https://nexus.kestrel.internal/repository/npm-private/"
    npmAuthIdent: "ci-deployer:Nx7#qLm2Vr9!"`,
    // The GitHub scope reads its token from the environment; the ident's user name is a login.
    expected: [
      ['SECRET', npmToken],
      ['SECRET', fontAwesomeToken],
      ['SECRET', 'Nx7#qLm2Vr9!'],
    ],
  },
  {
    name: 'Ansible INI inventory with host addresses, an SSH password, a Vault reference and an encrypted group_vars value',
    text: `# inventories/prod/hosts.ini
[web]
web-01.prod.kestrel.internal ansible_host=10.40.1.11
web-02.prod.kestrel.internal ansible_host=10.40.1.12

[db]
pg-primary ansible_host=10.40.2.21 ansible_user=deploy ansible_ssh_pass=Tq8!vLm3Zr2x
pg-replica ansible_host=10.40.2.22 ansible_user=deploy ansible_become_pass="{{ vault_become_pass }}"

[bastion]
bastion-fra ansible_host=18.197.44.203 ansible_port=2222

[all:vars]
ansible_python_interpreter=/usr/bin/python3
admin_contact="Rainer Vogt <rainer.vogt@kestrel.io>"
allowed_ssh_cidr=10.40.0.0/16

# group_vars/db.yml
postgres_version: 15
postgres_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          62313365396662343061393464336163383764373764613633653634306231386433626436623361
          6134333665353966363534333632666535333761666131620a663537646436643839616531643561`,
    // Vault ciphertext is made to be committed; the network in CIDR notation is a range.
    expected: [
      ['IP_ADDRESS', '10.40.1.11'],
      ['IP_ADDRESS', '10.40.1.12'],
      ['IP_ADDRESS', '10.40.2.21'],
      ['SECRET', 'Tq8!vLm3Zr2x'],
      ['IP_ADDRESS', '10.40.2.22'],
      ['IP_ADDRESS', '18.197.44.203'],
      ['PERSON', 'Rainer Vogt'],
      ['EMAIL', 'rainer.vogt@kestrel.io'],
    ],
  },
  {
    name: 'Helm values-prod.yaml with chart versions, a source-range allow-list, database and SMTP passwords and an initial admin',
    text: `# values-prod.yaml for kestrel-crm (chart 3.4.1, appVersion 2.18.0)
image:
  repository: ghcr.io/kestrel/crm
  tag: "2.18.0"
  pullPolicy: IfNotPresent
replicaCount: 3
ingress:
  enabled: true
  className: nginx
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: "81.2.69.0/24,10.0.0.0/8"
  hosts:
    - host: crm.kestrel.io
      paths: [{ path: /, pathType: Prefix }]
postgresql:
  auth:
    username: crm
    database: crm
    password: "Hx4vQm9Lr2Tz"
    existingSecret: ""
redis:
  auth:
    existingSecret: crm-redis
    existingSecretPasswordKey: redis-password
smtp:
  host: smtp.eu.mailgun.org
  port: 587
  user: postmaster@mg.kestrel.io
  password: "b7Xq2Lm9Rt4Vw8Nc3Kd6"
config:
  adminEmail: ops-admin@kestrel.io
  initialAdmin:
    name: "Leonie Hartmann"
    email: leonie.hartmann@kestrel.io
resources:
  requests: { cpu: 250m, memory: 512Mi }`,
    expected: [
      ['SECRET', 'Hx4vQm9Lr2Tz'],
      ['EMAIL', 'postmaster@mg.kestrel.io'],
      ['SECRET', 'b7Xq2Lm9Rt4Vw8Nc3Kd6'],
      ['EMAIL', 'ops-admin@kestrel.io'],
      ['PERSON', 'Leonie Hartmann'],
      ['EMAIL', 'leonie.hartmann@kestrel.io'],
    ],
  },
  {
    name: 'terraform plan output: an instance with an owner tag, Lambda variables with a webhook, CIDR rules and sensitive values',
    text: `Terraform used the selected providers to generate the following execution plan. Resource actions are indicated with the following symbols:
  + create
  ~ update in-place

Terraform will perform the following actions:

  # aws_instance.reporting will be created
  + resource "aws_instance" "reporting" {
      + ami                          = "ami-0a5c9b2d4e8f1a37c"
      + instance_type                = "t3.medium"
      + private_ip                   = "10.20.3.41"
      + id                           = (known after apply)
      + tags                         = {
          + "CostCenter" = "CC-4471"
          + "Name"       = "reporting-01"
          + "Owner"      = "maria.gonzalez@kestrel.io"
        }
    }

  # aws_lambda_function.invoice_mailer will be updated in-place
  ~ resource "aws_lambda_function" "invoice_mailer" {
        id            = "invoice-mailer"
        # (18 unchanged attributes hidden)

      ~ environment {
          ~ variables = {
              + "FROM_ADDRESS"      = "billing@kestrel.io"
              ~ "LOG_LEVEL"         = "info" -> "debug"
              + "SLACK_WEBHOOK_URL" = "${slackWebhook}"
              ~ "STRIPE_SECRET_KEY" = (sensitive value)
                # (2 unchanged elements hidden)
            }
        }
    }

  # aws_security_group_rule.office_ssh will be created
  + resource "aws_security_group_rule" "office_ssh" {
      + cidr_blocks       = ["81.2.69.0/24", "10.20.0.0/16"]
      + from_port         = 22
      + to_port           = 22
      + protocol          = "tcp"
      + security_group_id = "sg-0f4a61c2e19b7d3a8"
    }

  # aws_db_instance.crm will be updated in-place
  ~ resource "aws_db_instance" "crm" {
      ~ engine_version = "15.4" -> "15.5"
      ~ password       = (sensitive value)
        # (41 unchanged attributes hidden)
    }

Plan: 2 to add, 2 to change, 0 to destroy.`,
    expected: [
      ['IP_ADDRESS', '10.20.3.41'],
      ['EMAIL', 'maria.gonzalez@kestrel.io'],
      ['EMAIL', 'billing@kestrel.io'],
      ['SECRET', slackWebhook],
    ],
  },
  {
    name: 'Postman collection export with an API-key auth, a contact body holding a card and an encoded e-mail in a query',
    text: `{
  "info": {
    "_postman_id": "5b1f0d83-e7a4-4c2a-9e17-b84d6f3a61c2",
    "name": "Kestrel CRM API (prod)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "value", "value": "${crmApiKey}", "type": "string" },
      { "key": "key", "value": "X-Api-Key", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "Create contact with card",
      "request": {
        "method": "POST",
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": {
          "mode": "raw",
          "raw": "{\\n  \\"first_name\\": \\"Kwame\\",\\n  \\"last_name\\": \\"Asante\\",\\n  \\"email\\": \\"kwame.asante@gmail.com\\",\\n  \\"phone\\": \\"+233 24 418 7720\\",\\n  \\"card_number\\": \\"5524330188471020\\"\\n}"
        },
        "url": { "raw": "{{baseUrl}}/v2/contacts", "host": ["{{baseUrl}}"], "path": ["v2", "contacts"] }
      }
    },
    {
      "name": "Find contact by e-mail",
      "request": {
        "method": "GET",
        "url": { "raw": "{{baseUrl}}/v2/contacts?email=kwame.asante%40gmail.com&limit=1", "query": [{ "key": "email", "value": "kwame.asante%40gmail.com" }] }
      }
    }
  ],
  "variable": [{ "key": "baseUrl", "value": "https://api.kestrel-crm.io" }]
}`,
    expected: [
      ['SECRET', crmApiKey],
      ['PERSON', 'Kwame'],
      ['PERSON', 'Asante'],
      ['EMAIL', 'kwame.asante@gmail.com'],
      ['PHONE', '+233 24 418 7720'],
      ['CREDIT_CARD', '5524330188471020'],
      ['EMAIL', 'kwame.asante%40gmail.com'],
      ['EMAIL', 'kwame.asante%40gmail.com'],
    ],
  },
  {
    name: 'OpenAPI schema with documented example values and a named example copied from a support ticket',
    text: `components:
  schemas:
    Customer:
      type: object
      required: [email]
      properties:
        id: { type: string, example: cus_0000000000 }
        name: { type: string, example: "<full name>" }
        email: { type: string, format: email, example: customer@example.com }
        phone: { type: string, example: "+1 (XXX) XXX-XXXX" }
        birth_date: { type: string, format: date }
  examples:
    vipCustomer:
      summary: Real customer from ticket SUP-8812 (TODO replace before publishing)
      value:
        id: cus_7Qm2xLr4TzKw
        name: Rebecca Thornbury
        email: rthornbury@btinternet.com
        phone: "+44 117 925 4406"
        birth_date: "1979-06-02"
        tier: gold`,
    expected: [
      ['PERSON', 'Rebecca Thornbury'],
      ['EMAIL', 'rthornbury@btinternet.com'],
      ['PHONE', '+44 117 925 4406'],
      ['DATE_OF_BIRTH', '1979-06-02'],
    ],
  },
  {
    name: 'Jest snapshot file of a rendered customer card with a mailto link and a birth date twice',
    text: `// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[\`CustomerCard renders contact details 1\`] = \`
<div
  className="customer-card"
>
  <h3>
    Giulia Moretti
  </h3>
  <a
    href="mailto:giulia.moretti@libero.it"
  >
    giulia.moretti@libero.it
  </a>
  <span
    className="phone"
  >
    +39 347 882 1904
  </span>
  <p>
    Born 
    <time
      dateTime="1990-11-23"
    >
      23 Nov 1990
    </time>
  </p>
</div>
\`;

exports[\`CustomerCard renders a placeholder when empty 1\`] = \`
<div
  className="customer-card customer-card--empty"
>
  <h3>
    Unknown customer
  </h3>
</div>
\`;`,
    expected: [
      ['PERSON', 'Giulia Moretti'],
      ['EMAIL', 'giulia.moretti@libero.it'],
      ['EMAIL', 'giulia.moretti@libero.it'],
      ['PHONE', '+39 347 882 1904'],
      ['DATE_OF_BIRTH', '1990-11-23'],
      ['DATE_OF_BIRTH', '23 Nov 1990'],
    ],
  },
  {
    name: 'Flyway seed migration inserting support staff, a system account and temporary passwords',
    text: `-- V7__seed_support_staff.sql
-- Seed the support team for the new EU tenant (OPS-2291). Temporary passwords are reset on first login.
INSERT INTO staff (id, full_name, email, phone, role, created_at) VALUES
  ('6f1c2a9e-4b8d-4e3f-a1c5-7d2e9b0f4a61', 'Olusegun Adeyemi', 'o.adeyemi@kestrel.io', '+234 803 441 7720', 'lead', now()),
  ('0b3d5f7a-9c1e-4a2b-8d6f-1e3c5a7b9d2f', 'Chloé Marchand', 'chloe.marchand@kestrel.io', '+33 6 71 44 20 93', 'agent', now()),
  ('2c4e6a8b-0d1f-4e3a-9b5c-7d9f1a3c5e7b', 'Support Bot', 'support-bot@kestrel.io', NULL, 'system', now());

INSERT INTO staff_credentials (staff_id, temp_password, must_change) VALUES
  ('6f1c2a9e-4b8d-4e3f-a1c5-7d2e9b0f4a61', 'Welcome-2024!Kx7q', true),
  ('0b3d5f7a-9c1e-4a2b-8d6f-1e3c5a7b9d2f', 'Rz4#mQ8vLt2w', true);`,
    // "Support Bot" is a system account, not a person; its mailbox is still an address.
    expected: [
      ['PERSON', 'Olusegun Adeyemi'],
      ['EMAIL', 'o.adeyemi@kestrel.io'],
      ['PHONE', '+234 803 441 7720'],
      ['PERSON', 'Chloé Marchand'],
      ['EMAIL', 'chloe.marchand@kestrel.io'],
      ['PHONE', '+33 6 71 44 20 93'],
      ['EMAIL', 'support-bot@kestrel.io'],
      ['SECRET', 'Welcome-2024!Kx7q'],
      ['SECRET', 'Rz4#mQ8vLt2w'],
    ],
  },
  {
    name: 'Firebase Realtime Database export with users keyed by uid, compact E.164 phones and the web config',
    text: `{
  "config": {
    "web": {
      "apiKey": "${firebaseApiKey}",
      "authDomain": "kestrel-app.firebaseapp.com",
      "projectId": "kestrel-app",
      "storageBucket": "kestrel-app.appspot.com",
      "messagingSenderId": "441720938816",
      "appId": "1:441720938816:web:7c1e9f4a2b8d3e6f"
    }
  },
  "users": {
    "Xq7RtT2vLm9WcK4bN8pZ1yHd3Jf2": {
      "displayName": "Thandiwe Mokoena",
      "email": "thandi.mokoena@gmail.com",
      "phoneNumber": "+27823417720",
      "createdAt": 1709812345123,
      "lastSeen": 1710238502118
    },
    "Lm2Vb4Nc8Qz3Rt7LwK5yHd1JfG62": {
      "displayName": "Sipho Ndlovu",
      "email": "sipho.ndlovu@icloud.com",
      "phoneNumber": "+27716604418",
      "createdAt": 1709900012004
    }
  }
}`,
    // The sender id and the uids are numeric and opaque ids, not phones or secrets.
    expected: [
      ['SECRET', firebaseApiKey],
      ['PERSON', 'Thandiwe Mokoena'],
      ['EMAIL', 'thandi.mokoena@gmail.com'],
      ['PHONE', '+27823417720'],
      ['PERSON', 'Sipho Ndlovu'],
      ['EMAIL', 'sipho.ndlovu@icloud.com'],
      ['PHONE', '+27716604418'],
    ],
  },
  {
    name: 'Supabase question with .env.local and an auth.users result: phones stored without a plus and metadata JSON',
    text: `Why does my RLS policy let this query return other users' rows? Using the service key from .env.local:

NEXT_PUBLIC_SUPABASE_URL=https://xqzlmrtvkwcnbpyhdjfg.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${supabaseServiceKey}

select id, email, phone, raw_user_meta_data, last_sign_in_at from auth.users limit 2;

| id                                   | email                    | phone        | raw_user_meta_data                                                  | last_sign_in_at               |
| ------------------------------------ | ------------------------ | ------------ | ------------------------------------------------------------------- | ----------------------------- |
| 9b2d4e8f-1a37-4c6d-8e0f-3a5c7e9b1d24 | ines.sousa@sapo.pt       | 351912448730 | {"full_name":"Inês Carvalho Sousa","locale":"pt-PT"}                | 2024-03-11 21:14:02.118+00    |
| 4e8f1a37-c6d2-4b1e-9c7a-2f6d8e3c5a9b | rui.tavares@gmail.com    | 351936104472 | {"full_name":"Rui Tavares","avatar_url":null}                       | 2024-03-12 07:48:09.331+00    |`,
    // Supabase keeps E.164 numbers without the plus; they are phones all the same.
    expected: [
      ['SECRET', supabaseServiceKey],
      ['EMAIL', 'ines.sousa@sapo.pt'],
      ['PHONE', '351912448730'],
      ['PERSON', 'Inês Carvalho Sousa'],
      ['EMAIL', 'rui.tavares@gmail.com'],
      ['PHONE', '351936104472'],
      ['PERSON', 'Rui Tavares'],
    ],
  },
  {
    name: 'redis-cli MONITOR output with client addresses, a session JSON, a phone inside a key and loopback',
    text: `$ redis-cli -h 10.0.4.12 --user monitor-ro --askpass MONITOR
OK
1710238502.118204 [0 10.0.3.17:52144] "HGETALL" "user:88213"
1710238502.120551 [0 10.0.3.17:52144] "SETEX" "session:7c1e9f4a2b8d3e6f" "86400" "{\\"uid\\":88213,\\"email\\":\\"b.okonjo@yahoo.co.uk\\",\\"ip\\":\\"86.12.44.201\\"}"
1710238502.331907 [0 10.0.3.18:40218] "INCR" "otp_attempts:+447911604183"
1710238503.004411 [1 lua] "INCR" "ratelimit:86.12.44.201"
1710238503.118765 [0 127.0.0.1:39012] "PING"
1710238503.502210 [0 10.0.3.17:52144] "HSET" "user:88213" "name" "Babajide Okonjo" "dob" "1987-12-04"`,
    expected: [
      ['IP_ADDRESS', '10.0.4.12'],
      ['IP_ADDRESS', '10.0.3.17'],
      ['IP_ADDRESS', '10.0.3.17'],
      ['EMAIL', 'b.okonjo@yahoo.co.uk'],
      ['IP_ADDRESS', '86.12.44.201'],
      ['IP_ADDRESS', '10.0.3.18'],
      ['PHONE', '+447911604183'],
      ['IP_ADDRESS', '86.12.44.201'],
      ['IP_ADDRESS', '10.0.3.17'],
      ['PERSON', 'Babajide Okonjo'],
      ['DATE_OF_BIRTH', '1987-12-04'],
    ],
  },
  {
    name: 'kafka-console-consumer with timestamps, headers and keys printing contact events and a tombstone',
    text: `$ kafka-console-consumer --bootstrap-server b-1.kestrel-msk.x7q2lm.c3.kafka.eu-west-1.amazonaws.com:9094 --topic crm.contacts.v1 --from-beginning --property print.key=true --property print.headers=true --property print.timestamp=true --max-messages 3
CreateTime:1710238502118\ttrace_id:4bf92f3577b34da6a3ce929d0e0e4736,source:crm-api\tC-004471\t{"id":"C-004471","name":{"given":"Wojciech","family":"Zieliński"},"email":"w.zielinski@wp.pl","phone":"+48 601 442 187","consent":{"marketing":false},"updated_at":"2024-03-12T08:15:02Z"}
CreateTime:1710238502904\ttrace_id:7c1e9f4a2b8d4e6fa05c9b2d4e8f1a37,source:crm-api\tC-004472\t{"id":"C-004472","name":{"given":"Agnieszka","family":"Zielińska-Bąk"},"email":"aga.zb@onet.pl","phone":"+48 512 330 918","birth_date":"1984-05-30","updated_at":"2024-03-12T08:15:03Z"}
CreateTime:1710238503377\ttrace_id:0b3d5f7a9c1e4a2b8d6f1e3c5a7b9d2f,source:gdpr-eraser\tC-004399\tnull
Processed a total of 3 messages`,
    expected: [
      ['PERSON', 'Wojciech'],
      ['PERSON', 'Zieliński'],
      ['EMAIL', 'w.zielinski@wp.pl'],
      ['PHONE', '+48 601 442 187'],
      ['PERSON', 'Agnieszka'],
      ['PERSON', 'Zielińska-Bąk'],
      ['EMAIL', 'aga.zb@onet.pl'],
      ['PHONE', '+48 512 330 918'],
      ['DATE_OF_BIRTH', '1984-05-30'],
    ],
  },
  {
    name: 'mongosh aggregation grouping refunds by customer e-mail, with a lower-case name and explain() index bounds',
    text: `kestrel> db.orders.aggregate([{ $match: { status: "refunded", createdAt: { $gte: ISODate("2024-03-01") } } }, { $group: { _id: "$customer.email", n: { $sum: 1 }, names: { $addToSet: "$customer.name" }, total: { $sum: "$amount" } } }, { $sort: { n: -1 } }, { $limit: 3 }])
[
  { _id: 'lucas.ferreira@gmail.com', n: 4, names: [ 'Lucas Ferreira', 'lucas ferreira' ], total: Decimal128('412.50') },
  { _id: 'mthompson@shaw.ca', n: 3, names: [ 'Megan Thompson' ], total: Decimal128('188.00') },
  { _id: null, n: 2, names: [], total: Decimal128('59.90') }
]
kestrel> db.orders.find({ "customer.email": "mthompson@shaw.ca" }).explain("executionStats").queryPlanner.winningPlan
{
  stage: 'FETCH',
  inputStage: {
    stage: 'IXSCAN',
    keyPattern: { 'customer.email': 1 },
    indexName: 'customer.email_1',
    isMultiKey: false,
    direction: 'forward',
    indexBounds: { 'customer.email': [ '["mthompson@shaw.ca", "mthompson@shaw.ca"]' ] }
  }
}`,
    expected: [
      ['EMAIL', 'lucas.ferreira@gmail.com'],
      ['PERSON', 'Lucas Ferreira'],
      ['PERSON', 'lucas ferreira'],
      ['EMAIL', 'mthompson@shaw.ca'],
      ['PERSON', 'Megan Thompson'],
      ['EMAIL', 'mthompson@shaw.ca'],
      ['EMAIL', 'mthompson@shaw.ca'],
      ['EMAIL', 'mthompson@shaw.ca'],
    ],
  },
  // ---------------------------------------------------------------- business documents
  {
    name: 'mutual NDA excerpt with an individual party, signature blocks and the DocuSign certificate of completion',
    text: `DocuSign Envelope ID: 3F7A2C1E-9B4D-4E8F-A1C5-7D2E9B0F4A61

MUTUAL NON-DISCLOSURE AGREEMENT

This Mutual Non-Disclosure Agreement (the "Agreement") is entered into as of March 4, 2024 (the "Effective Date") by and between Kestrel Analytics Ltd, a company registered in England and Wales under number 11847730, whose registered office is at 2 Finsbury Avenue, London EC2M 2PP ("Kestrel"), and Harriet Okwuosa, an individual residing at 41 Clarendon Road, Leeds LS2 9NZ (the "Consultant").
[…]
7. Notices. Notices to Kestrel shall be sent to legal@kestrelanalytics.co.uk, attention: General Counsel; notices to the Consultant to harriet.okwuosa@protonmail.com.

KESTREL ANALYTICS LTD                      CONSULTANT
By: /s/ Benedict Ashworth                  By: /s/ Harriet Okwuosa
Name: Benedict Ashworth                    Name: Harriet Okwuosa
Title: Chief Operating Officer             Date: 04 March 2024
Date: 04 March 2024

Certificate Of Completion
Envelope Id: 3F7A2C1E9B4D4E8FA1C57D2E9B0F4A61          Status: Completed
Signer Events
Harriet Okwuosa harriet.okwuosa@protonmail.com   Signed: 3/4/2024 | 10:42 AM   Using IP Address: 92.40.198.17
Benedict Ashworth benedict.ashworth@kestrelanalytics.co.uk   Signed: 3/4/2024 | 11:05 AM   Using IP Address: 2a00:23c7:8e81:4401:a14f:6b2e:9d07:3c58`,
    expected: [
      ['PERSON', 'Harriet Okwuosa'],
      ['EMAIL', 'legal@kestrelanalytics.co.uk'],
      ['EMAIL', 'harriet.okwuosa@protonmail.com'],
      ['PERSON', 'Benedict Ashworth'],
      ['PERSON', 'Harriet Okwuosa'],
      ['PERSON', 'Benedict Ashworth'],
      ['PERSON', 'Harriet Okwuosa'],
      ['PERSON', 'Harriet Okwuosa'],
      ['EMAIL', 'harriet.okwuosa@protonmail.com'],
      ['IP_ADDRESS', '92.40.198.17'],
      ['PERSON', 'Benedict Ashworth'],
      ['EMAIL', 'benedict.ashworth@kestrelanalytics.co.uk'],
      ['IP_ADDRESS', '2a00:23c7:8e81:4401:a14f:6b2e:9d07:3c58'],
    ],
  },
  {
    name: 'purchase order with a buyer contact, a goods-in attention line, a supplier named after a family and its IBAN',
    text: `PURCHASE ORDER                                         PO No: PO-2024-004471
Date: 12/03/2024                                       Supplier quote: Q-88120
Buyer: Kestrel Facilities Ltd, Unit 4, Riverside Park, Bristol BS2 0JA
Buyer contact: Gemma Pritchard, Procurement, 0117 925 8831, procurement@kestrelfacilities.co.uk
Supplier: Dubois Hygiène SARL, 14 rue des Tanneurs, 69007 Lyon, France (TVA FR61 442771209)
Deliver to: Attn. Mr Colin Whitlock, Goods-In, Dock 3 (mobile 07834 221 690), Mon–Fri 07:00–15:00

Line  Item code     Description                         Qty   Unit price   Total
1     DH-4471-05L   Surface disinfectant, 5 L           40    £18.40       £736.00
2     DH-2093-XL    Nitrile gloves, XL, box of 100      120   £6.15        £738.00
3     DH-8816-RL    Centre-feed roll, 6 x 150 m         60    £11.90       £714.00
                                                        Net £2,188.00  VAT £437.60  Total £2,625.60
Payment: 30 days from invoice by transfer to FR76 3006 6100 2100 0204 1883 759 (BIC AGRIFRPP).
Please quote PO-2024-004471 on all invoices.`,
    // The VAT number, item codes and amounts are not ours; the supplier is a company.
    expected: [
      ['PERSON', 'Gemma Pritchard'],
      ['PHONE', '0117 925 8831'],
      ['EMAIL', 'procurement@kestrelfacilities.co.uk'],
      ['PERSON', 'Colin Whitlock'],
      ['PHONE', '07834 221 690'],
      ['IBAN', 'FR76 3006 6100 2100 0204 1883 759'],
    ],
  },
  {
    name: 'US residential lease excerpt with two tenants, a guarantor with an SSN and a birth date, and the agent',
    text: `RESIDENTIAL LEASE AGREEMENT
1. PARTIES. This Lease is made on February 20, 2024 between Westbrook Property Management LLC ("Landlord") and Jamal Whitfield-Harris and Priscilla Nakamura-Reyes (jointly "Tenant").
2. PREMISES. 1847 Larkin Street, Apt 3B, San Francisco, CA 94109.
3. TERM AND RENT. March 1, 2024 to February 28, 2025. Rent $3,450.00 per month, due on the 1st; security deposit $5,175.00.
[…]
18. GUARANTOR. Ruth Whitfield (mother of Tenant Jamal Whitfield-Harris), DOB 09/14/1961, SSN 412-73-9058, of 902 Magnolia Dr, Sacramento, CA 95822, tel. (916) 441-2093, guarantees the full performance of this Lease.
19. NOTICES. Landlord's agent: Maribel Ochoa, (415) 771-3308, leasing@westbrookpm.com. Tenant: jamal.wh@icloud.com and priscilla.nr@gmail.com.`,
    expected: [
      ['PERSON', 'Jamal Whitfield-Harris'],
      ['PERSON', 'Priscilla Nakamura-Reyes'],
      ['PERSON', 'Ruth Whitfield'],
      ['PERSON', 'Jamal Whitfield-Harris'],
      ['DATE_OF_BIRTH', '09/14/1961'],
      ['US_SSN', '412-73-9058'],
      ['PHONE', '(916) 441-2093'],
      ['PERSON', 'Maribel Ochoa'],
      ['PHONE', '(415) 771-3308'],
      ['EMAIL', 'leasing@westbrookpm.com'],
      ['EMAIL', 'jamal.wh@icloud.com'],
      ['EMAIL', 'priscilla.nr@gmail.com'],
    ],
  },
  {
    name: 'housing co-operative board minutes with attendees, surnames used alone in motions and a street named after a person',
    text: `KESTREL HOUSING CO-OPERATIVE LIMITED: MINUTES OF THE BOARD MEETING
Held on 7 March 2024 at 18:30, Community Room, 12 Mandela Way, and by video link

Present: Adaeze Nwosu (Chair), Gareth Llewellyn (Treasurer), Sofia Petrakis (Secretary), Owen Pritchard-Hughes
In attendance: Lorna McBride (Housing Officer, minutes)
Apologies: Deepak Chauhan

1. The minutes of the meeting of 8 February 2024 were approved. Proposed: Llewellyn; seconded: Petrakis.
2. Arrears: the Treasurer reported arrears of £4,812.40 across 6 tenancies. Resolved that the Housing Officer contacts the two households over £1,000 by 21 March.
3. Resolution 2024/03: THAT the Co-operative opens an account with Unity Trust Bank and that any two of Nwosu, Llewellyn and Petrakis be authorised signatories.
4. AOB: Owen raised the broken entry phone at Mandela Way; repair quote £640 + VAT.
Next meeting: 4 April 2024.`,
    expected: [
      ['PERSON', 'Adaeze Nwosu'],
      ['PERSON', 'Gareth Llewellyn'],
      ['PERSON', 'Sofia Petrakis'],
      ['PERSON', 'Owen Pritchard-Hughes'],
      ['PERSON', 'Lorna McBride'],
      ['PERSON', 'Deepak Chauhan'],
      ['PERSON', 'Llewellyn'],
      ['PERSON', 'Petrakis'],
      ['PERSON', 'Nwosu'],
      ['PERSON', 'Llewellyn'],
      ['PERSON', 'Petrakis'],
      ['PERSON', 'Owen'],
    ],
  },
  {
    name: 'French permanent employment contract (CDI) with the parties, a birth date in words, a NIR and the salary IBAN',
    text: `CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE

Entre les soussignés :
La société Kestrel France SAS, au capital de 50 000 €, immatriculée au RCS de Lyon sous le numéro 842 117 309, dont le siège social est situé 18 quai Perrache, 69002 Lyon, représentée par Mme Véronique Lambert-Dubois, en sa qualité de Directrice des ressources humaines,
ci-après dénommée « l'Employeur »,
Et :
M. Karim Benslimane, né le 17 août 1992 à Villeurbanne (69), de nationalité française, demeurant 7 rue Paul Bert, 69003 Lyon, n° de sécurité sociale 1 92 08 69 266 084 17,
ci-après dénommé « le Salarié ».
[…]
Article 5 – Rémunération. Le Salarié percevra une rémunération brute annuelle de 48 000 €, versée en douze mensualités sur le compte IBAN FR76 1027 8073 0000 0204 1883 737.
Article 12 – Coordonnées. Le Salarié informe l'Employeur de tout changement ; téléphone actuel : 06 72 41 88 30, courriel : karim.benslimane@free.fr.
Fait à Lyon, le 4 mars 2024, en deux exemplaires.`,
    // The RCS number and the NIR are ids (none of our types); rue Paul Bert is a street.
    expected: [
      ['PERSON', 'Véronique Lambert-Dubois'],
      ['PERSON', 'Karim Benslimane'],
      ['DATE_OF_BIRTH', '17 août 1992'],
      ['IBAN', 'FR76 1027 8073 0000 0204 1883 737'],
      ['PHONE', '06 72 41 88 30'],
      ['EMAIL', 'karim.benslimane@free.fr'],
    ],
  },
  {
    name: 'German payslip (Entgeltabrechnung) with tax and social-security ids, a birth date and the payout IBAN',
    text: `Entgeltabrechnung für März 2024                                   Personal-Nr. 004471
Kestrel Logistik GmbH · Hafenstraße 12 · 28217 Bremen
Herrn
Dennis Schäfer
Vegesacker Str. 88
28219 Bremen
Geburtsdatum 22.06.1990   Eintritt 01.04.2019   Steuerklasse 3   Kinderfreibetrag 1,0   Konfession ev
Steuer-ID 47 036 892 816   SV-Nummer 12 220690 S 017   Krankenkasse AOK Bremen/Bremerhaven

Bezeichnung                              Betrag
Gehalt                                 4.250,00
VWL AG-Anteil                             26,59
Gesamtbrutto                           4.276,59
Lohnsteuer                               398,16
Kirchensteuer                             31,85
KV-Beitrag                               348,54
RV-Beitrag                               397,72
AV-Beitrag                                55,60
PV-Beitrag                               145,40
Nettobezug                             2.899,32
VWL-Abzug                                 40,00
Auszahlungsbetrag                      2.859,32
Überweisung an DE29 1007 0024 0821 4473 09   BIC DEUTDEBBXXX`,
    expected: [
      ['PERSON', 'Dennis Schäfer'],
      ['DATE_OF_BIRTH', '22.06.1990'],
      ['IBAN', 'DE29 1007 0024 0821 4473 09'],
    ],
  },
  {
    name: 'Form 1099-NEC copy C as text with payer and recipient TINs, an account number and state ids',
    text: `Form 1099-NEC   Nonemployee Compensation   2023   Copy C For Payer   OMB No. 1545-0116
PAYER'S name, street address, city or town, state or province, country, ZIP or foreign postal code, and telephone no.
  Kestrel Analytics Inc., 500 Boylston St, Suite 1100, Boston, MA 02116, (617) 440-2291
PAYER'S TIN: 82-1147730          RECIPIENT'S TIN: 287-54-6613
RECIPIENT'S name: Alejandra Quiñones
Street address (including apt. no.): 77 Centre St, Apt 2
City or town, state or province, country, and ZIP or foreign postal code: Jamaica Plain, MA 02130
Account number (see instructions): KST-CN-0192        2nd TIN not.: [ ]
1  Nonemployee compensation          $ 38,450.00
2  Payer made direct sales totaling $5,000 or more of consumer products to recipient for resale  [ ]
4  Federal income tax withheld       $ 0.00
5  State tax withheld  $ 0.00    6  State/Payer's state no.  MA 004471209    7  State income  $ 38,450.00`,
    // The payer's EIN and state number are the company's, not ours.
    expected: [
      ['PHONE', '(617) 440-2291'],
      ['US_SSN', '287-54-6613'],
      ['PERSON', 'Alejandra Quiñones'],
    ],
  },
  {
    name: 'ACORD 25 certificate of liability insurance with the producer contact, fax, NAIC and policy numbers',
    text: `ACORD 25 CERTIFICATE OF LIABILITY INSURANCE                          DATE (MM/DD/YYYY) 03/12/2024
PRODUCER: Hollister & Grant Insurance Brokers, 220 Congress St, Boston MA 02110
CONTACT NAME: Theresa Kowalski
PHONE (A/C, No, Ext): 617-482-7730        FAX (A/C, No): 617-482-7731
E-MAIL ADDRESS: tkowalski@hollistergrant.com
INSURED: Bright Path Landscaping LLC, 48 Quarry Rd, Quincy MA 02169
INSURER(S) AFFORDING COVERAGE                                      NAIC #
INSURER A: Travelers Casualty and Surety Co of America             31194
INSURER B: Liberty Mutual Fire Insurance Co                        23035
COVERAGES   CERTIFICATE NUMBER: CL2431200882   REVISION NUMBER:
INSR LTR  TYPE OF INSURANCE                 POLICY NUMBER     POLICY EFF   POLICY EXP   LIMITS
A         COMMERCIAL GENERAL LIABILITY      6805K447120       04/01/2024   04/01/2025   EACH OCCURRENCE $1,000,000
B         AUTOMOBILE LIABILITY              AS2-641-447120-034 04/01/2024  04/01/2025   COMBINED SINGLE LIMIT $1,000,000
CERTIFICATE HOLDER: Kestrel Facilities Ltd, Unit 4, Riverside Park, Bristol BS2 0JA
AUTHORIZED REPRESENTATIVE: Theresa Kowalski`,
    // Hollister & Grant is a brokerage named after people; policy and NAIC numbers are not ours.
    expected: [
      ['PERSON', 'Theresa Kowalski'],
      ['PHONE', '617-482-7730'],
      ['PHONE', '617-482-7731'],
      ['EMAIL', 'tkowalski@hollistergrant.com'],
      ['PERSON', 'Theresa Kowalski'],
    ],
  },
  {
    name: 'wedding RSVP responses from Google Forms (tab-separated) with guests, meal choices and song titles',
    text: `Timestamp\tFull name\tEmail\tAttending?\tNumber of guests\tGuest name(s)\tMeal choice\tDietary requirements\tSong request\tPhone (for day-of updates)
02/02/2024 19:14:22\tRhys Evans\trhys.evans93@gmail.com\tYes, can't wait!\t2\tFfion Evans\tLamb\tnone\tMr. Brightside\t07842 331 590
02/02/2024 21:03:51\tBeatriz Souza Lima\tbia.souzalima@hotmail.com\tYes\t1\t\tVegetarian\tno nuts please\tDancing Queen\t+55 21 99418-2730
03/02/2024 08:47:10\tGwen Price\tgwenprice@btinternet.com\tNo, sadly\t\t\t\t\t\t
05/02/2024 12:30:05\tOluwadamilare Bello\tdami.bello@outlook.com\tYes\t2\tKemi Bello\tFish\tpescatarian\tSweet Caroline\t07411 220 983`,
    // "Mr. Brightside" and "Sweet Caroline" are songs.
    expected: [
      ['PERSON', 'Rhys Evans'],
      ['EMAIL', 'rhys.evans93@gmail.com'],
      ['PERSON', 'Ffion Evans'],
      ['PHONE', '07842 331 590'],
      ['PERSON', 'Beatriz Souza Lima'],
      ['EMAIL', 'bia.souzalima@hotmail.com'],
      ['PHONE', '+55 21 99418-2730'],
      ['PERSON', 'Gwen Price'],
      ['EMAIL', 'gwenprice@btinternet.com'],
      ['PERSON', 'Oluwadamilare Bello'],
      ['EMAIL', 'dami.bello@outlook.com'],
      ['PERSON', 'Kemi Bello'],
      ['PHONE', '07411 220 983'],
    ],
  },
  {
    name: 'donor CRM export with household salutations, an organisation, an anonymous donor and birthdates',
    text: `Account Number,Type,Primary Name,Secondary Name,Informal Salutation,Formal Salutation,Primary Email,Primary Phone,Birthdate,Lifetime Giving,Last Gift Date,Last Gift Amount,Tags
10231,Household,Linda Haskins,Robert Haskins,Linda and Robert,Mr. and Mrs. Haskins,linda.haskins@comcast.net,(503) 228-4417,,"$12,450.00",2024-02-14,$500.00,"Major donor; Board"
10240,Individual,Emiko Nakashima,,Emiko,Ms. Nakashima,emiko.n@gmail.com,(971) 330-2184,1958-03-22,"$1,830.00",2023-12-31,$250.00,"Monthly; Legacy society"
10255,Organization,Rose City Rotary Foundation,,,,grants@rosecityrotary.org,(503) 224-9013,,"$25,000.00",2023-11-02,"$10,000.00","Grant; Corporate"
10262,Individual,Chidi Okafor,,Chidi,Mr. Okafor,,(503) 901-6648,1990-07-09,$75.00,2024-03-01,$25.00,First-time
10270,Individual,Anonymous Donor,,,,,,,"$1,000.00",2024-01-05,"$1,000.00",Anonymous`,
    expected: [
      ['PERSON', 'Linda Haskins'],
      ['PERSON', 'Robert Haskins'],
      ['PERSON', 'Linda'],
      ['PERSON', 'Robert'],
      ['PERSON', 'Haskins'],
      ['EMAIL', 'linda.haskins@comcast.net'],
      ['PHONE', '(503) 228-4417'],
      ['PERSON', 'Emiko Nakashima'],
      ['PERSON', 'Emiko'],
      ['PERSON', 'Nakashima'],
      ['EMAIL', 'emiko.n@gmail.com'],
      ['PHONE', '(971) 330-2184'],
      ['DATE_OF_BIRTH', '1958-03-22'],
      ['EMAIL', 'grants@rosecityrotary.org'],
      ['PHONE', '(503) 224-9013'],
      ['PERSON', 'Chidi Okafor'],
      ['PERSON', 'Chidi'],
      ['PERSON', 'Okafor'],
      ['PHONE', '(503) 901-6648'],
      ['DATE_OF_BIRTH', '1990-07-09'],
    ],
  },
  {
    name: 'Czech volunteer roster pasted from Excel with separate name columns and d. m. yyyy birth dates',
    text: `Dobrovolníci – Běh pro Paměť národa 2024 (Praha, Stromovka)
Příjmení\tJméno\tDatum narození\tTelefon\tE-mail\tSměna\tStanoviště
Dvořáková\tTereza\t12. 4. 1998\t+420 603 118 472\ttereza.dvorakova@seznam.cz\t8:00–12:00\tObčerstvovací stanice 2
Procházka\tOndřej\t3. 11. 2001\t777 204 918\tondra.prochazka@email.cz\t8:00–12:00\tRegistrace
Nováková\tLucie\t27. 1. 1986\t731 442 097\tlucie.novakova@centrum.cz\t11:30–15:00\tCíl
Koordinátor: Jan Svoboda, 602 310 447, dobrovolnici@pametnaroda.cz`,
    expected: [
      ['PERSON', 'Dvořáková'],
      ['PERSON', 'Tereza'],
      ['DATE_OF_BIRTH', '12. 4. 1998'],
      ['PHONE', '+420 603 118 472'],
      ['EMAIL', 'tereza.dvorakova@seznam.cz'],
      ['PERSON', 'Procházka'],
      ['PERSON', 'Ondřej'],
      ['DATE_OF_BIRTH', '3. 11. 2001'],
      ['PHONE', '777 204 918'],
      ['EMAIL', 'ondra.prochazka@email.cz'],
      ['PERSON', 'Nováková'],
      ['PERSON', 'Lucie'],
      ['DATE_OF_BIRTH', '27. 1. 1986'],
      ['PHONE', '731 442 097'],
      ['EMAIL', 'lucie.novakova@centrum.cz'],
      ['PERSON', 'Jan Svoboda'],
      ['PHONE', '602 310 447'],
      ['EMAIL', 'dobrovolnici@pametnaroda.cz'],
    ],
  },
  // ---------------------------------------------------------------- messaging
  {
    name: 'DiscordChatExporter text log: a bot token posted by a user, a moderator, a bot and snowflake ids',
    text: `==============================================================
Guild: Kestrel Dev Community
Channel: Support / self-hosting
==============================================================

[12-Mar-24 09:14 AM] pixelfox
my instance won't start after upgrading to 3.2.0, the log says "invalid token". here's my .env:
DISCORD_BOT_TOKEN=${discordBotToken}
KESTREL_PORT=8080

[12-Mar-24 09:16 AM] Kestrel Helper
⚠️ It looks like you posted a secret. The message has been hidden from others. Please reset your token.

[12-Mar-24 09:20 AM] mod_ellie
@pixelfox reset that token in the developer portal right now. If you need a hand, DM me or mail support@kestrel.dev

[12-Mar-24 09:31 AM] pixelfox
done, thanks! fwiw I'm Jordan Reyes from the Austin meetup, my work email is jreyes@lonestar-analytics.com if you want the full log
{Attachments}
https://cdn.discordapp.com/attachments/1187447120938816448/1217028442137788416/kestrel.log
{Reactions}
👍 (2)`,
    // Usernames and bot names are handles; the snowflake ids in the attachment URL are not ours.
    expected: [
      ['SECRET', discordBotToken],
      ['EMAIL', 'support@kestrel.dev'],
      ['PERSON', 'Jordan Reyes'],
      ['EMAIL', 'jreyes@lonestar-analytics.com'],
    ],
  },
  {
    name: 'Telegram Desktop JSON export of a Turkish support group with a service message and Hanım after a given name',
    text: `{
 "name": "Kestrel Türkiye Destek",
 "type": "private_supergroup",
 "id": 1847730291,
 "messages": [
  {
   "id": 4471,
   "type": "message",
   "date": "2024-03-12T10:14:02",
   "date_unixtime": "1710238442",
   "from": "Elif Yıldırım",
   "from_id": "user5520318447",
   "text": "Merhaba, faturam iki kez kesildi. Telefonum 0532 418 77 20, e-posta elif.yildirim@hotmail.com.tr"
  },
  {
   "id": 4472,
   "type": "message",
   "date": "2024-03-12T10:21:40",
   "date_unixtime": "1710238900",
   "from": "Kestrel Destek",
   "from_id": "channel1847730291",
   "text": "Merhaba Elif Hanım, iade için IBAN bilginizi paylaşır mısınız?"
  },
  {
   "id": 4473,
   "type": "message",
   "date": "2024-03-12T10:25:13",
   "date_unixtime": "1710239113",
   "from": "Elif Yıldırım",
   "from_id": "user5520318447",
   "text": "TR87 0006 4000 0021 8844 7120 93, hesap sahibi Elif Yıldırım. Doğum tarihim 03.11.1989 gerekirse."
  },
  {
   "id": 4474,
   "type": "service",
   "date": "2024-03-12T10:26:00",
   "actor": "Kestrel Destek",
   "actor_id": "channel1847730291",
   "action": "pin_message",
   "message_id": 4473
  }
 ]
}`,
    expected: [
      ['PERSON', 'Elif Yıldırım'],
      ['PHONE', '0532 418 77 20'],
      ['EMAIL', 'elif.yildirim@hotmail.com.tr'],
      ['PERSON', 'Elif'],
      ['PERSON', 'Elif Yıldırım'],
      ['IBAN', 'TR87 0006 4000 0021 8844 7120 93'],
      ['PERSON', 'Elif Yıldırım'],
      ['DATE_OF_BIRTH', '03.11.1989'],
    ],
  },
  {
    name: 'Vietnamese SMS thread copied from a phone with a courier, a husband to call and a bank balance message',
    text: `Tin nhắn với +84 903 172 448
Hôm qua 18:42
Chào chị Hương, em là Tuấn bên giao hàng Kestrel. Đơn KST-88120 em giao lúc 9h sáng mai được không ạ?
Hôm qua 18:50
Được em. Tên đầy đủ của chị là Nguyễn Thu Hương, số 27 ngõ 68 Cầu Giấy. Nếu chị không có nhà thì em gọi chồng chị là anh Phạm Minh Đức, số 0983 217 446 nhé.
Hôm nay 08:55
Dạ em tới rồi ạ, em để hàng ở bảo vệ.
Hôm nay 09:02
VCB: TK 0071004471209 +1,250,000VND luc 12-03-2024 09:02:14. SD: 8,418,330VND. ND: KST88120 thu ho`,
    // Tuấn is never named in full; the bank account number and the order number are not ours.
    expected: [
      ['PHONE', '+84 903 172 448'],
      ['PERSON', 'Hương'],
      ['PERSON', 'Nguyễn Thu Hương'],
      ['PERSON', 'Phạm Minh Đức'],
      ['PHONE', '0983 217 446'],
    ],
  },
  {
    name: "Italian lawyer's erasure request e-mail with a birth date in words, a long signature, a PEC and a disclaimer",
    text: `Da: Alessandro Ricci <a.ricci@studiolegalericci-bianchi.it>
A: Kestrel Privacy <privacy@kestrel.io>
Oggetto: R: Richiesta cancellazione dati – sig.ra Conti

Gentili Signori,
in nome e per conto della mia assistita, sig.ra Valentina Conti (nata a Bologna il 2 maggio 1985), vi chiedo di confermare entro 30 giorni la cancellazione dei suoi dati ai sensi dell'art. 17 GDPR. La sig.ra Conti ha continuato a ricevere comunicazioni al suo indirizzo v.conti85@libero.it anche dopo la revoca del consenso del 14/01/2024.

Distinti saluti,

Avv. Alessandro Ricci
Studio Legale Ricci & Bianchi
Via dell'Indipendenza 44 – 40121 Bologna
Tel. +39 051 648 2207 | Fax +39 051 648 2299 | Cell. +39 338 412 7760
PEC: alessandro.ricci@pec.ordineavvocatibologna.it
P.IVA 03418820371 – www.studiolegalericci-bianchi.it

Il presente messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato. Qualora lo riceviate per errore, vi preghiamo di darne notizia al mittente e di cancellarlo. Informativa ai sensi del Regolamento UE 2016/679 (GDPR) disponibile sul nostro sito. Please consider the environment before printing this e-mail.`,
    // The firm is named after its partners; the date of withdrawal of consent is not a birth date.
    expected: [
      ['PERSON', 'Alessandro Ricci'],
      ['EMAIL', 'a.ricci@studiolegalericci-bianchi.it'],
      ['EMAIL', 'privacy@kestrel.io'],
      ['PERSON', 'Conti'],
      ['PERSON', 'Valentina Conti'],
      ['DATE_OF_BIRTH', '2 maggio 1985'],
      ['PERSON', 'Conti'],
      ['EMAIL', 'v.conti85@libero.it'],
      ['PERSON', 'Alessandro Ricci'],
      ['PHONE', '+39 051 648 2207'],
      ['PHONE', '+39 051 648 2299'],
      ['PHONE', '+39 338 412 7760'],
      ['EMAIL', 'alessandro.ricci@pec.ordineavvocatibologna.it'],
    ],
  },
  {
    name: 'Outlook meeting invite in Polish copied as text with attendees and Teams join details',
    text: `Przegląd umowy – Kestrel / Fjordline
Kiedy: wtorek, 19 marca 2024 10:00–11:00 (UTC+01:00) Warszawa
Gdzie: Spotkanie w aplikacji Microsoft Teams; sala 3.12 (Rondo ONZ 1)
Organizator: Katarzyna Wiśniewska <k.wisniewska@kestrel.pl>
Wymagani: Tomasz Lewandowski <tomasz.lewandowski@kestrel.pl>; Ingrid Nordvik <ingrid@nordvik-consulting.no>; Łukasz Mazur
Opcjonalni: sekretariat@kestrel.pl

________________________________________________________________________________
Microsoft Teams Potrzebujesz pomocy?
Dołącz do spotkania teraz
Identyfikator spotkania: 374 118 220 936
Kod dostępu: x7Qm2L
________________________________
Połącz się telefonicznie
+48 22 306 47 20,,883104471# Polska, Warszawa
Identyfikator konferencji telefonicznej: 883 104 471#`,
    // The meeting id, passcode and conference id are not ours; the dial-in number is a phone.
    expected: [
      ['PERSON', 'Katarzyna Wiśniewska'],
      ['EMAIL', 'k.wisniewska@kestrel.pl'],
      ['PERSON', 'Tomasz Lewandowski'],
      ['EMAIL', 'tomasz.lewandowski@kestrel.pl'],
      ['PERSON', 'Ingrid Nordvik'],
      ['EMAIL', 'ingrid@nordvik-consulting.no'],
      ['PERSON', 'Łukasz Mazur'],
      ['EMAIL', 'sekretariat@kestrel.pl'],
      ['PHONE', '+48 22 306 47 20'],
    ],
  },
  {
    name: 'Microsoft Teams chat copied in Mexican Spanish with "Last, First" display names, a supplier and a corporate Amex',
    text: `Rodríguez Salinas, Andrea 10:42 a. m.
¿Alguien tiene el contacto del proveedor de acero de Monterrey? Necesito la cotización de hoy.

Gutiérrez, Luis Fernando 10:44 a. m.
Es el Ing. Ramiro Cantú de Aceros Cantú, 81 8340 2271, o al correo rcantu@aceroscantu.com.mx
(editado)

Rodríguez Salinas, Andrea 10:45 a. m.
Gracias Luis. El anticipo lo pago con la Amex corporativa 3782 910447 18392, ¿verdad?
👍 1

Gutiérrez, Luis Fernando 10:47 a. m.
Sí, la que termina en 8392. Sube el comprobante al folio OC-2024-0311.`,
    // Aceros Cantú is a company named after a family; "la que termina en 8392" is a masked reference.
    expected: [
      ['PERSON', 'Rodríguez Salinas, Andrea'],
      ['PERSON', 'Gutiérrez, Luis Fernando'],
      ['PERSON', 'Ramiro Cantú'],
      ['PHONE', '81 8340 2271'],
      ['EMAIL', 'rcantu@aceroscantu.com.mx'],
      ['PERSON', 'Rodríguez Salinas, Andrea'],
      ['PERSON', 'Luis'],
      ['CREDIT_CARD', '3782 910447 18392'],
      ['PERSON', 'Gutiérrez, Luis Fernando'],
    ],
  },
  // ---------------------------------------------------------------- Korean, Chinese, Arabic and Portuguese
  {
    name: 'Korean certificate of employment (재직증명서) with a masked resident number, a birth date and the HR contact',
    text: `재 직 증 명 서

성    명: 김서연                주민등록번호: 940527-2******
생년월일: 1994년 5월 27일
주    소: 서울특별시 마포구 월드컵북로 396, 101동 1203호
연 락 처: 010-4471-2093
소    속: 데이터플랫폼팀            직    위: 선임
재직기간: 2019년 3월 4일 ~ 현재
용    도: 금융기관 제출용

위 사람은 당사에 재직하고 있음을 증명합니다.

2024년 3월 12일
주식회사 케스트렐코리아  대표이사  박준형 (인)
발급 담당: 인사팀 이하늘 (02-6205-4471, hr@kestrel.co.kr)`,
    // The masked resident registration number and the employment dates are not ours.
    expected: [
      ['PERSON', '김서연'],
      ['DATE_OF_BIRTH', '1994년 5월 27일'],
      ['PHONE', '010-4471-2093'],
      ['PERSON', '박준형'],
      ['PERSON', '이하늘'],
      ['PHONE', '02-6205-4471'],
      ['EMAIL', 'hr@kestrel.co.kr'],
    ],
  },
  {
    name: 'Chinese meeting minutes (会议纪要) with a chair, attendees listed with 、, a note-taker and contacts',
    text: `会议纪要
会议主题：华东区经销商返利政策调整
时间：2024年3月11日 14:00-15:30
地点：上海市静安区南京西路1266号恒隆广场28楼2803会议室
主持人：王建国（销售总监）
参会人员：刘芳、张伟、陈晓东（杭州经销商）、赵敏（财务）
记录人：孙丽

一、2024年返利比例由3%调整为2.5%，季度结算。
二、陈晓东提出返利到账延迟问题，财务赵敏确认于3月20日前完成结算。
三、后续联系：刘芳，手机 138 1762 4093，邮箱 liufang@kestrel.com.cn；陈晓东，手机 +86 139 0571 8826。`,
    expected: [
      ['PERSON', '王建国'],
      ['PERSON', '刘芳'],
      ['PERSON', '张伟'],
      ['PERSON', '陈晓东'],
      ['PERSON', '赵敏'],
      ['PERSON', '孙丽'],
      ['PERSON', '陈晓东'],
      ['PERSON', '赵敏'],
      ['PERSON', '刘芳'],
      ['PHONE', '138 1762 4093'],
      ['EMAIL', 'liufang@kestrel.com.cn'],
      ['PERSON', '陈晓东'],
      ['PHONE', '+86 139 0571 8826'],
    ],
  },
  {
    name: 'bilingual Arabic/English UAE offer letter with an Emirates ID, a birth date, a mobile and the salary IBAN',
    text: `عرض عمل / Offer of Employment
التاريخ / Date: 12/03/2024

السيد/ عمر خالد الحمادي المحترم
Mr. Omar Khalid Al Hammadi
تاريخ الميلاد / Date of birth: 14/09/1991
رقم الهوية الإماراتية / Emirates ID: 784-1991-4471209-3
الهاتف المتحرك / Mobile: +971 50 418 7720
البريد الإلكتروني / Email: omar.alhammadi@gmail.com

يسعدنا أن نعرض عليكم وظيفة "مهندس بيانات أول" براتب أساسي قدره 18,000 درهم شهرياً، يُحوَّل إلى الحساب
IBAN AE17 0260 0010 1588 2047 301.

مع التحية،
ليلى المنصوري / Layla Al Mansouri
مديرة الموارد البشرية / HR Director, Kestrel Middle East FZ-LLC, Dubai Internet City`,
    // The Emirates ID is a national id (none of our types) and the letter date is not a birth date.
    expected: [
      ['PERSON', 'عمر خالد الحمادي'],
      ['PERSON', 'Omar Khalid Al Hammadi'],
      ['DATE_OF_BIRTH', '14/09/1991'],
      ['PHONE', '+971 50 418 7720'],
      ['EMAIL', 'omar.alhammadi@gmail.com'],
      ['IBAN', 'AE17 0260 0010 1588 2047 301'],
      ['PERSON', 'ليلى المنصوري'],
      ['PERSON', 'Layla Al Mansouri'],
    ],
  },
  {
    name: 'Portuguese condominium minutes (ata) with owners, a NIF grouped like a phone, the building IBAN and a street named after a person',
    text: `ATA N.º 27
Aos quinze dias do mês de fevereiro de dois mil e vinte e quatro, pelas 20h30, reuniu a Assembleia de Condóminos do prédio sito na Rua Almirante Reis, n.º 118, em Lisboa, presidida pelo condómino Sr. Joaquim Ferraz Pinto (fração C) e secretariada pela D.ª Marta Sofia Rebelo (fração F).
Estiveram presentes ou representados os condóminos das frações A, B, C, E, F e H, representando 712‰ do valor total do prédio.
Ponto 2: A administradora, Rosa Antunes (Gestcondo, Lda., tel. 213 418 772), informou que a fração E (Sr. Henrique Vasconcelos, NIF 248 117 309) tem quotas em atraso no valor de 1.240,00 €, a liquidar por transferência para o IBAN do condomínio PT50 0035 0697 0003 8201 7384 5.
Contactos do condomínio: condominio.ar118@gmail.com; telemóvel da administração 912 448 730.
Nada mais havendo a tratar, foi encerrada a sessão, da qual se lavrou a presente ata, que vai ser assinada pelo presidente e pela secretária.
Joaquim Ferraz Pinto        Marta Sofia Rebelo`,
    expected: [
      ['PERSON', 'Joaquim Ferraz Pinto'],
      ['PERSON', 'Marta Sofia Rebelo'],
      ['PERSON', 'Rosa Antunes'],
      ['PHONE', '213 418 772'],
      ['PERSON', 'Henrique Vasconcelos'],
      ['IBAN', 'PT50 0035 0697 0003 8201 7384 5'],
      ['EMAIL', 'condominio.ar118@gmail.com'],
      ['PHONE', '912 448 730'],
      ['PERSON', 'Joaquim Ferraz Pinto'],
      ['PERSON', 'Marta Sofia Rebelo'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'KPI sheet with formulas shown: cell references, named ranges, sheet-qualified ranges and #REF!',
    text: `\tA\tB\tC\tD
1\tMetric\tFormula\tValue\tNotes
2\tRevenue\t=SUMIFS(Orders!$F:$F,Orders!$B:$B,">="&DATE(2024,1,1))\t1 284 220\tFY24 YTD
3\tOrders\t=COUNTA(Orders!A2:A20419)\t20 418\t
4\tAOV\t=C2/C3\t62.90\t
5\tRefund rate\t=IFERROR(SUM(Refunds!D2:D880)/C2,0)\t2.4%\t
6\tTop SKU\t=INDEX(Products!B2:B400,MATCH(MAX(Products!H2:H400),Products!H2:H400,0))\tKST-TSHIRT-BLK-L\t
7\tLast refresh\t=NOW()\t12/03/2024 09:14:02\t
8\tAll data\t=Sheet1!$A$1:$D$200\t#REF!\tfix after import
9\tGrowth\t=(C2-'FY23'!C2)/'FY23'!C2\t18.6%\tvs FY23`,
    expected: [],
  },
  {
    name: 'API documentation with reserved example domains, template variables and documented placeholder keys',
    text: `### Authentication
Send your key in the header \`Authorization: Bearer <YOUR_API_KEY>\`. Live keys look like \`kst_live_...\`, test keys like \`kst_test_xxxxxxxxxxxxxxxxxxxx\`.

Example request:
curl https://api.kestrel.example/v2/contacts \\
  -H "Authorization: Bearer $KESTREL_API_KEY" \\
  -d '{"email":"jane@example.com","phone":"+1-XXX-XXX-XXXX","name":"{{contact.name}}"}'

Example response:
{"id":"ct_0000000000","email":"jane@example.com","created":"2024-01-01T00:00:00Z","owner":"owner@example.org"}

The sandbox user is admin@sandbox.test with the password \`changeme\`; reset it from the dashboard.`,
    expected: [],
  },
  {
    name: 'supplier invoice ledger with invoice and order numbers, amounts, time slots, postcodes and people-named companies and places',
    text: `Inv No\tDate\tSupplier\tPO\tNet\tVAT\tGross\tDelivered to\tPostcode\tSlot
INV-2024-00441\t04/03/2024\tBen & Jerry's UK\tPO-2024-004471\t1,240.00\t248.00\t1,488.00\tHilton Garden Inn Oxford\tOX4 2PG\t07:00–09:00
INV-2024-00447\t05/03/2024\tKellogg's Europe\tPO-2024-004480\t618.50\t123.70\t742.20\tRonald McDonald House Oxford\tOX3 9DU\t09:00–11:00
INV-2024-00452\t06/03/2024\tDyson Ltd\tPO-2024-004502\t2,399.00\t479.80\t2,878.80\tVictoria Station kiosk 4\tSW1V 1JU\t13:30–15:00
INV-2024-00458\t07/03/2024\tFerrero UK\tPO-2024-004511\t310.40\t62.08\t372.48\tLincoln Center Café\tOX1 2JD\t06:00–07:00
Total\t\t\t\t4,567.90\t913.58\t5,481.48\t\t\t`,
    expected: [],
  },
];

describeHoldout(
  'privacy engine on hand-written hold-out cases 12: office, developer and messaging material',
  cases,
);
