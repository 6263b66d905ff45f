import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A nineteenth hand-written hold-out: English business and professional prose that people paste
 * into an AI assistant to summarise, rewrite or analyse, where names, contacts and dates sit inside
 * sentences rather than tables. HR investigation notes, a disciplinary letter, a grievance outcome
 * and a performance review; legal discovery e-mail chains with Outlook and Gmail forwarded headers;
 * customer complaints and replies (an energy supplier, a bank's fraud team); sales follow-ups, call
 * notes and recruiter outreach; board and ethics-committee minutes; internal audit findings;
 * incident post-mortems with on-call engineers, Slack quotes and timelines, and a security incident
 * report; journalism drafts and interview notes with sources; clinical notes and referral letters
 * in US, UK, Australian, Indian, Nigerian and Canadian English and a CAMHS clinic letter; insurance
 * adjuster and life-claim narratives; a school report; tenancy disputes (Dublin, Columbus); a
 * police witness statement; a grant application and a letter of support; a wedding-planning
 * thread; an obituary and a eulogy; a reference letter; immigration sponsorship and invitation
 * letters; a workplace accident report and volunteer screening notes. Names come from many
 * cultures (South Asian, West and East African, East and South-East Asian, Arab, Latin American,
 * Eastern European, Māori and Pacific), with particles and hyphens, and are met as given name,
 * family name, title and family name, nickname, initial form, possessive, at a sentence start, in
 * capitals in headings, inside quotes and parentheses, and spelled letter by letter. Hard negatives
 * of the same shapes: Title Case headings, products, projects and jobs named after people,
 * committees, rooms, buildings, streets, estates, schools, hospitals, awards and funds named after
 * people, companies and law firms named after their founders, a storm, diseases and laws named
 * after people (Parkinson's, Crohn's, Hashimoto's, Alzheimer's, Bell's palsy, Awaab's Law, Megan's
 * Law), public figures mentioned as such, placeholder parties (Jane Doe 2), usernames and @handles,
 * job titles, acronyms, dates of hire, hearing, incident, loss, death, issue and due dates, ages,
 * case, claim, ticket, work-order, Bates, certificate and tracking numbers, NHS, Medicare, OHIP,
 * passport and Aadhaar numbers, meeting ids and passcodes, sort codes, BICs, amounts, and masked
 * contacts. Each case lists every value it expects found, with its type; anything else flagged is
 * a false positive. A title (Mr, Dr, Mme, Revd, Eng., MASTER) or an honorific suffix (-san) is no
 * part of a name's span, nor is a possessive 's; one "Last, First" field is one span. A lone given
 * or family name, a nickname or an initial form counts only when the same person is named in full
 * elsewhere in the text; a labelled name field's value counts even in initial form; a name spelled
 * letter by letter is a PERSON spanning the spelled form. Private-range addresses of hosts count.
 * Values are fake: Luhn-valid made-up cards, an IBAN with valid mod-97 check digits, made-up names,
 * numbers and keys.
 */
const k = joinParts;
const awsKeyId = k('AK', 'IA', 'W4471Q2XM9RTZ7LE');
const awsSecret = k('Hq7vR2mZ9kQx4WtT8nB3', 'cY6dF1gJ5sLe0uKo7iPz');
const dbPassword = k('Qv7mX2p', 'Lr9Tz');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- HR
  {
    name: 'HR investigation notes: complainant, respondent, witnesses, a nickname, a union rep; a building and a project named after people',
    text: `CONFIDENTIAL — HR INVESTIGATION NOTES
Case No. ER-2024-0318 | Investigator: Renée Castellanos-Whitfield (HR Business Partner)
Complainant: Adaora Nwachukwu, Senior Analyst, Treasury (hired 06/17/2019)
Respondent: Gregory Pasternak, Director, Treasury Operations

Interview 1 — 03/12/2024, 10:00–11:15, Conference Room B (Hamilton Building, 4th floor)
Ms. Nwachukwu stated that on or around February 22 Pasternak told her in front of the team that "people like you don't get promoted here." She said Tomasz Wiśniewski and Leilani Kahananui were present. She provided screenshots of Teams messages from Greg's account sent after 9 p.m.

Interview 2 — 03/13/2024
Wiśniewski confirmed hearing the remark but said he "couldn't be sure of the exact words." Kahananui declined to be interviewed without her union representative, Sean O'Rourke (SEIU Local 1021), present; rescheduled for 03/19.

Respondent interview — 03/14/2024
Mr. Pasternak denied the remark. He said Adaora "has had performance issues since the Lindqvist Project launched" and referred me to the Q4 calibration notes. He asked that the Ethics & Compliance Committee be copied.

Next steps: obtain Teams export via IT (ticket INC0074412); interview Leilani with her rep present. Target close date: 04/05/2024.`,
    // Greg is Gregory Pasternak; the Hamilton Building and the Lindqvist Project are not people.
    expected: [
      ['PERSON', 'Renée Castellanos-Whitfield'],
      ['PERSON', 'Adaora Nwachukwu'],
      ['PERSON', 'Gregory Pasternak'],
      ['PERSON', 'Nwachukwu'],
      ['PERSON', 'Pasternak'],
      ['PERSON', 'Tomasz Wiśniewski'],
      ['PERSON', 'Leilani Kahananui'],
      ['PERSON', 'Greg'],
      ['PERSON', 'Wiśniewski'],
      ['PERSON', 'Kahananui'],
      ['PERSON', "Sean O'Rourke"],
      ['PERSON', 'Pasternak'],
      ['PERSON', 'Adaora'],
      ['PERSON', 'Leilani'],
    ],
  },
  {
    name: 'UK disciplinary outcome letter: final written warning, union rep, note-taker, shift manager by title and surname, appeal contact',
    text: `PRIVATE & CONFIDENTIAL — BY EMAIL AND RECORDED DELIVERY

Mr Olufemi Adeyemi
Flat 3, 27 Wellington Road
Leeds LS12 1DR

14 March 2024

Dear Olufemi,

OUTCOME OF DISCIPLINARY HEARING — FINAL WRITTEN WARNING

I write to confirm the outcome of the disciplinary hearing held on Tuesday 12 March 2024, which I chaired. You were accompanied by your trade union representative, Ms Bernadette Kavanagh (Unite), and Priyanka Sethi from People Services took notes.

The allegation was that on 27 February 2024 you used a colleague's login (employee no. 004471) to approve three of your own overtime claims totalling £642.18. Having considered your explanation and the statement of Mr Dafydd Hughes-Llewellyn, the shift manager who first raised the concern, I have concluded that the allegation is upheld. Mr Hughes-Llewellyn's account was consistent with the system audit trail.

In line with the ACAS Code of Practice, this warning will remain live on your file for 12 months. Your National Insurance number (JT 44 71 20 B) has been used only to match payroll records.

You have the right of appeal. If you wish to appeal, please write within five working days to Siobhan Mackay, Head of Operations, at siobhan.mackay@northgate-logistics.co.uk or on 0113 496 0712.

Yours sincerely,

Martin Ekwueme
Operations Manager, Northgate Logistics`,
    // Wellington Road is a street; the NI number, employee number, amount and hearing dates are not ours.
    expected: [
      ['PERSON', 'Olufemi Adeyemi'],
      ['PERSON', 'Olufemi'],
      ['PERSON', 'Bernadette Kavanagh'],
      ['PERSON', 'Priyanka Sethi'],
      ['PERSON', 'Dafydd Hughes-Llewellyn'],
      ['PERSON', 'Hughes-Llewellyn'],
      ['PERSON', 'Siobhan Mackay'],
      ['EMAIL', 'siobhan.mackay@northgate-logistics.co.uk'],
      ['PHONE', '0113 496 0712'],
      ['PERSON', 'Martin Ekwueme'],
    ],
  },
  {
    name: 'grievance outcome letter from a UAE employer: Arab names with Al- and Abu-, an engineer title, Bell’s palsy',
    text: `Ref: HR/GRV/2024/031
Date: 12 March 2024

Mr. Khalid Mansour Al-Shamsi
Senior Procurement Officer
Employee No. 44712

Dear Mr. Al-Shamsi,

Grievance Outcome

Further to the grievance meeting held on 5 March 2024 with you, Ms. Rania Abu-Ghazaleh (HR Manager) and myself, I write to inform you of the outcome of your grievance dated 20 February 2024 against your line manager, Mr. Imran Siddiqui.

You alleged that Mr. Siddiqui excluded you from the tender evaluation panel for the Jebel Ali warehouse contract and that he disclosed details of your medical leave (Bell's palsy, January 2024) to colleagues on the Procurement WhatsApp group. Ms. Fatima Zahra Benali, who was a member of that group, confirmed that the message was posted on 18 January. Siddiqui accepts that he posted it but says he intended it as an explanation for your absence.

Outcome: your grievance is partially upheld. The disclosure of your medical information was a breach of the Company's Data Protection Policy and will be addressed separately with Mr. Siddiqui. We found no evidence that you were excluded from the panel for improper reasons.

If you are not satisfied with this outcome, you may appeal in writing to Mr. Yousef Haddadin, Chief People Officer, at yousef.haddadin@nakheelinfra.ae within five working days.

Yours sincerely,

Eng. Abdullah Saeed Al-Mazrouei
Director of Operations`,
    expected: [
      ['PERSON', 'Khalid Mansour Al-Shamsi'],
      ['PERSON', 'Al-Shamsi'],
      ['PERSON', 'Rania Abu-Ghazaleh'],
      ['PERSON', 'Imran Siddiqui'],
      ['PERSON', 'Siddiqui'],
      ['PERSON', 'Fatima Zahra Benali'],
      ['PERSON', 'Siddiqui'],
      ['PERSON', 'Siddiqui'],
      ['PERSON', 'Yousef Haddadin'],
      ['EMAIL', 'yousef.haddadin@nakheelinfra.ae'],
      ['PERSON', 'Abdullah Saeed Al-Mazrouei'],
    ],
  },
  {
    name: 'annual performance review: Vietnamese name with a preferred name in parentheses, a manager’s nickname, a quote, an award named after a public figure',
    text: `2023 Annual Performance Review — Manager Assessment
Employee: Nguyễn Thị Minh Châu (Minh)   Employee ID: 100447   Role: Senior Data Engineer, Platform
Manager: Robert Castellano   Review period: 1 Jan – 31 Dec 2023   Hire date: 04/03/2019

Manager summary
Minh had an outstanding year. She led the migration of our Airflow DAGs to Dagster two weeks ahead of plan and mentored two graduate engineers, Kofi Mensah and Laleh Farahani. Peer feedback from Stefan Nikolić (Analytics) was typical: "Minh is the person I go to when a pipeline is on fire and nobody knows why."

In October she received the company's Ada Lovelace Award for engineering excellence for the Project Hermes cost work, which cut our Snowflake spend by 31%.

Areas for development
Delegating more of the on-call runbook work to Kofi, and presenting her designs earlier to the Architecture Review Board.

Rating: 4 — Exceeds expectations. Recommended for promotion to Staff Engineer.
Calibration panel (02/02/2024): Robert Castellano, Adebola Oyelowo, Kristin Strand.

Employee comments
Thanks Bobby — agree with the development points. I'd like to take the Kafka migration in H1.`,
    // Bobby is Robert Castellano; the award, Project Hermes and the board are not people; the hire date is not a birth date.
    expected: [
      ['PERSON', 'Nguyễn Thị Minh Châu'],
      ['PERSON', 'Minh'],
      ['PERSON', 'Robert Castellano'],
      ['PERSON', 'Minh'],
      ['PERSON', 'Kofi Mensah'],
      ['PERSON', 'Laleh Farahani'],
      ['PERSON', 'Stefan Nikolić'],
      ['PERSON', 'Minh'],
      ['PERSON', 'Kofi'],
      ['PERSON', 'Robert Castellano'],
      ['PERSON', 'Adebola Oyelowo'],
      ['PERSON', 'Kristin Strand'],
      ['PERSON', 'Bobby'],
    ],
  },
  {
    name: 'reference letter from an Australian hospital pharmacy: the candidate in a capitals heading, a hospital and an award named after people',
    text: `To whom it may concern,

REFERENCE: MS SAMIRA EL-AMIN HADDAD

I am pleased to provide this reference for Samira El-Amin Haddad, who worked as a Clinical Pharmacist at St Vincent's Hospital, Melbourne, from 14 January 2019 until 1 March 2024, reporting to me for the whole of that period.

Samira's clinical knowledge is excellent. She led our antimicrobial stewardship ward rounds with Dr Hamish Kerr-Patterson, our infectious diseases lead, and introduced the pharmacist-led penicillin allergy de-labelling clinic that now sees about 40 patients a month. In 2022 she was recognised with the hospital's Mary Aikenhead Award for Compassion.

Ms El-Amin Haddad is reliable, calm under pressure and well liked by medical and nursing staff. Her sick leave over five years was minimal and she has no disciplinary record.

I recommend her without reservation. Please feel free to contact me on 03 9231 4471 or 0402 118 930, or at p.rangihuna@svhm.org.au.

Yours faithfully,

Pania Rangihuna
Director of Pharmacy`,
    expected: [
      ['PERSON', 'SAMIRA EL-AMIN HADDAD'],
      ['PERSON', 'Samira El-Amin Haddad'],
      ['PERSON', 'Samira'],
      ['PERSON', 'Hamish Kerr-Patterson'],
      ['PERSON', 'El-Amin Haddad'],
      ['PHONE', '03 9231 4471'],
      ['PHONE', '0402 118 930'],
      ['EMAIL', 'p.rangihuna@svhm.org.au'],
      ['PERSON', 'Pania Rangihuna'],
    ],
  },
  // ---------------------------------------------------------------- legal
  {
    name: 'legal discovery e-mail chain with Outlook headers ("Last, First <mail>"), a custodian list, opposing counsel and a firm named after its founders',
    text: `From: Halvorsen, Ingrid <ihalvorsen@brightwater-law.com>
Sent: Tuesday, March 12, 2024 4:47 PM
To: Kenji Nakamura <kenji.nakamura@solanapharma.com>
Cc: Ruiz, Maria Fernanda <mfruiz@brightwater-law.com>; Litigation Hold Team <lithold@solanapharma.com>
Subject: RE: Doe v. Solana Pharmaceuticals — custodian list (PRIVILEGED & CONFIDENTIAL / ATTORNEY WORK PRODUCT)

Kenji,

Thanks. We'll add Dr. Obinna Eze and Svetlana Morozova as custodians. Please confirm whether Morozova's mailbox was preserved after she left in November; opposing counsel (Patrick Dunleavy at Hurst & Greer LLP) has asked specifically about the period from 01/01/2021 to 06/30/2022.

Bates range produced so far: SOLANA_0004471 – SOLANA_0012093. Privilege log due 03/29.

Ingrid

Ingrid Halvorsen | Partner | Brightwater LLP
D: +1 (312) 781-4471 | M: +1 (773) 418-2290

-----Original Message-----
From: Nakamura, Kenji <kenji.nakamura@solanapharma.com>
Sent: Monday, March 11, 2024 9:02 AM
To: Halvorsen, Ingrid <ihalvorsen@brightwater-law.com>
Subject: custodian list

Ingrid — attached is the custodian list. Obinna is still on leave until April; his assistant Jae-won Park can give access to his shared drive. Svetlana's laptop is with IT (asset tag SP-LT-04471).

Kenji`,
    // Doe is the pseudonymous plaintiff; Hurst & Greer is a firm; Bates numbers and dates are not ours.
    expected: [
      ['PERSON', 'Halvorsen, Ingrid'],
      ['EMAIL', 'ihalvorsen@brightwater-law.com'],
      ['PERSON', 'Kenji Nakamura'],
      ['EMAIL', 'kenji.nakamura@solanapharma.com'],
      ['PERSON', 'Ruiz, Maria Fernanda'],
      ['EMAIL', 'mfruiz@brightwater-law.com'],
      ['EMAIL', 'lithold@solanapharma.com'],
      ['PERSON', 'Kenji'],
      ['PERSON', 'Obinna Eze'],
      ['PERSON', 'Svetlana Morozova'],
      ['PERSON', 'Morozova'],
      ['PERSON', 'Patrick Dunleavy'],
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Ingrid Halvorsen'],
      ['PHONE', '+1 (312) 781-4471'],
      ['PHONE', '+1 (773) 418-2290'],
      ['PERSON', 'Nakamura, Kenji'],
      ['EMAIL', 'kenji.nakamura@solanapharma.com'],
      ['PERSON', 'Halvorsen, Ingrid'],
      ['EMAIL', 'ihalvorsen@brightwater-law.com'],
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Obinna'],
      ['PERSON', 'Jae-won Park'],
      ['PERSON', 'Svetlana'],
      ['PERSON', 'Kenji'],
    ],
  },
  {
    name: 'Gmail-forwarded deposition scheduling mail: a Jane Doe plaintiff, an expert’s surname spelled letter by letter, a firm named after its founder',
    text: `Marco — can you calendar April 11 and book Esquire for the court reporter? Thanks, T.

---------- Forwarded message ---------
From: Olumide Bankole <obankole@bankolepartners.com>
Date: Tue, Mar 12, 2024 at 10:14 AM
Subject: Re: Deposition of Jane Doe 2 — scheduling
To: Teresa Villanueva-Ortiz <tvillanueva@cmlegal.com>
Cc: <docketing@cmlegal.com>

Teresa,

Our client, identified in the complaint as Jane Doe 2, is available for deposition on April 9 or April 11. Per the protective order, her true name (which we provided under seal) must not appear in the transcript caption.

Please also ask the court reporter to spell our expert's surname correctly — it's Wojtaszek, W-O-J-T-A-S-Z-E-K, first name Bartłomiej (Dr. Bartłomiej Wojtaszek, Johns Hopkins). His report will be served by March 29.

As to your request for the medical records of Mr. Antoine Beaulieu-Marchand, we object on relevance grounds; he is not a party and his treatment post-dates the incident by two years.

Best,
Olumide

Olumide Bankole | Managing Partner | Bankole & Partners LLP
Case No. 1:23-cv-04471 (N.D. Ill.)`,
    // Marco and T. are never named in full; Jane Doe 2 is a placeholder; Johns Hopkins and the firm are not people.
    expected: [
      ['PERSON', 'Olumide Bankole'],
      ['EMAIL', 'obankole@bankolepartners.com'],
      ['PERSON', 'Teresa Villanueva-Ortiz'],
      ['EMAIL', 'tvillanueva@cmlegal.com'],
      ['EMAIL', 'docketing@cmlegal.com'],
      ['PERSON', 'Teresa'],
      ['PERSON', 'Wojtaszek'],
      ['PERSON', 'W-O-J-T-A-S-Z-E-K'],
      ['PERSON', 'Bartłomiej'],
      ['PERSON', 'Bartłomiej Wojtaszek'],
      ['PERSON', 'Antoine Beaulieu-Marchand'],
      ['PERSON', 'Olumide'],
      ['PERSON', 'Olumide Bankole'],
    ],
  },
  {
    name: 'US tenant legal-aid demand letter: landlord’s manager, tenant, code inspector, a certified-mail tracking number, streets and a county named after people',
    text: `March 12, 2024

VIA EMAIL (mgmt@oakridgeprops.com) AND CERTIFIED MAIL 7022 2410 0000 4471 2093

Oakridge Property Management LLC
Attn: Mr. Dale Whitaker, Property Manager
3300 Cleveland Ave, Columbus, OH 43224

Re: Tenant Yesenia Morales-Cruz, 1847 Cleveland Ave, Apt. 2B

Dear Mr. Whitaker:

This office represents Ms. Yesenia Morales-Cruz and her minor children in connection with conditions at the above unit. Since November 2023 Ms. Morales-Cruz has reported a lack of heat and active water leaks (work orders #44712, #44790 and #45102). Your maintenance technician, Troy, attended twice but no repair was made. The City of Columbus code enforcement inspector, Ms. Adwoa Frimpong, cited the unit on February 20, 2024 (Case No. 24-CE-004471).

Pursuant to Ohio Rev. Code § 5321.07, our client intends to deposit her rent with the clerk of the Franklin County Municipal Court unless the conditions are remedied within 30 days of this notice.

Please direct all communications to me at (614) 224-8374 or kmoreno@lasco.org; do not contact Ms. Morales-Cruz directly.

Sincerely,

Katherine Moreno-Liu
Staff Attorney

cc: Yesenia Morales-Cruz`,
    // Troy is never named in full; the tracking, work-order and case numbers are not ours.
    expected: [
      ['EMAIL', 'mgmt@oakridgeprops.com'],
      ['PERSON', 'Dale Whitaker'],
      ['PERSON', 'Yesenia Morales-Cruz'],
      ['PERSON', 'Whitaker'],
      ['PERSON', 'Yesenia Morales-Cruz'],
      ['PERSON', 'Morales-Cruz'],
      ['PERSON', 'Adwoa Frimpong'],
      ['PHONE', '(614) 224-8374'],
      ['EMAIL', 'kmoreno@lasco.org'],
      ['PERSON', 'Morales-Cruz'],
      ['PERSON', 'Katherine Moreno-Liu'],
      ['PERSON', 'Yesenia Morales-Cruz'],
    ],
  },
  {
    name: 'Dublin tenancy deposit dispute by e-mail with an IBAN for the refund, the letting agent with an Irish name, and the landlord’s quoted reply',
    text: `To: Declan Fitzgerald <declan.fitz@eircom.net>
From: Agnieszka Wróblewska <a.wroblewska93@gmail.com>
Date: 14 March 2024
Subject: Re: Deposit — Apt 3, 41 Parnell Street

Dear Mr Fitzgerald,

I moved out of Apt 3, 41 Parnell Street, Dublin 1 on 29 February 2024 and returned the keys to your agent, Ciarán Ó Súilleabháin, the same day. I do not accept the deductions below: the burn mark was recorded on the inventory when I moved in (photo 14, dated 2 September 2021) and the oven was professionally cleaned on 27 February (receipt attached).

Unless the full deposit of €1,850 is returned within 7 days I will lodge a dispute with the Residential Tenancies Board. Please transfer it to:

Account name: Agnieszka Wróblewska
IBAN: IE41 BOFI 9000 1744 7120 93
BIC: BOFIIE2D

My brother, Tomasz Wróblewski, who was also on the lease, agrees with this request.

Regards,
Agnieszka
087 412 0936

> On 13 Mar 2024, at 09:12, Declan Fitzgerald wrote:
> Agnieszka, there's a burn mark on the worktop and the oven wasn't cleaned. Ciarán has photos. I'll deduct €400 and send the rest Friday.`,
    // Parnell Street is named after a person; the BIC is a bank's code; move-out and receipt dates are not ours.
    expected: [
      ['PERSON', 'Declan Fitzgerald'],
      ['EMAIL', 'declan.fitz@eircom.net'],
      ['PERSON', 'Agnieszka Wróblewska'],
      ['EMAIL', 'a.wroblewska93@gmail.com'],
      ['PERSON', 'Fitzgerald'],
      ['PERSON', 'Ciarán Ó Súilleabháin'],
      ['PERSON', 'Agnieszka Wróblewska'],
      ['IBAN', 'IE41 BOFI 9000 1744 7120 93'],
      ['PERSON', 'Tomasz Wróblewski'],
      ['PERSON', 'Agnieszka'],
      ['PHONE', '087 412 0936'],
      ['PERSON', 'Declan Fitzgerald'],
      ['PERSON', 'Agnieszka'],
      ['PERSON', 'Ciarán'],
    ],
  },
  {
    name: 'UK police witness statement (MG11): a Korean witness, a suspect known by a nickname, an officer with a collar number, the contact page with a birth date',
    text: `WITNESS STATEMENT
(Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B)
URN: 42 / 0447 / 12 / 24

Statement of: Hyun-woo Baek
Age if under 18: Over 18     Occupation: Barista

This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated anything in it which I know to be false.

Signature: H. Baek     Date: 12/03/2024

I work at Lovelace Coffee on Deansgate. On Saturday 9th March 2024 at about 22:40 hours I was closing up when I saw two men arguing by the bus stop outside the Wellington Arms. One of them I know as "Gaz" — he comes in most mornings for a flat white. I later found out from the police that his name is Gareth Pritchard. The other man was white, about 6 ft, wearing a grey North Face jacket. Gaz shouted "I'll do you, Lee" and pushed him into the shelter. I called 999 from my mobile.

PC 4471 Rhiannon Pugh arrived about ten minutes later and took my details.

WITNESS CONTACT DETAILS
Home address: 18 Chorlton Road, Manchester M15 4AF
Date of birth: 03/06/1998     Tel (mobile): 07911 447 203     Email: hw.baek@gmail.com`,
    // Lee is never named in full; Lovelace Coffee, the Wellington Arms and North Face are not people; the URN, collar number and incident date are not ours.
    expected: [
      ['PERSON', 'Hyun-woo Baek'],
      ['PERSON', 'H. Baek'],
      ['PERSON', 'Gaz'],
      ['PERSON', 'Gareth Pritchard'],
      ['PERSON', 'Gaz'],
      ['PERSON', 'Rhiannon Pugh'],
      ['DATE_OF_BIRTH', '03/06/1998'],
      ['PHONE', '07911 447 203'],
      ['EMAIL', 'hw.baek@gmail.com'],
    ],
  },
  // ---------------------------------------------------------------- customers and sales
  {
    name: 'energy-supplier complaint letter and reply: the customer, his mother on the priority register, an agent known only by first name, a street named after a person',
    text: `Subject: Formal complaint — account 8812 4471 209 — incorrect estimated bills

Dear Sir or Madam,

I am writing to make a formal complaint about the handling of my account. Since moving into 14 Darwin Close, Cambridge CB4 1QT on 3 November 2023 I have received four estimated bills despite submitting meter readings every month through the app. Your agent, who gave her name only as "Chloe", promised a call back within 48 hours on 9 February; nobody called.

I have been a customer for eleven years, and my mother, Mrs Hyacinth Boateng, who lives with me, relies on electrically powered medical equipment (she has motor neurone disease and is on your Priority Services Register).

Please contact me on 07700 912 447 or by e-mail at kwame.boateng74@outlook.com. I would prefer e-mail.

Yours faithfully,
Kwame Boateng

---

Dear Mr Boateng,

Thank you for your e-mail of 11 March, and I'm sorry for the trouble you have had. I have cancelled the four estimated bills and re-billed the account from your actual readings, which leaves a credit of £212.40. I have also added £75.00 as a goodwill gesture and confirmed that Mrs Boateng's Priority Services registration is active.

If you remain unhappy, you can refer your complaint to the Energy Ombudsman after eight weeks, quoting reference CMP-2024-044712.

Kind regards,
Nadia Rahimi
Complaints Resolution Team, Octavia Energy`,
    // Chloe is never named in full; Darwin Close and Octavia Energy are not people.
    expected: [
      ['PERSON', 'Hyacinth Boateng'],
      ['PHONE', '07700 912 447'],
      ['EMAIL', 'kwame.boateng74@outlook.com'],
      ['PERSON', 'Kwame Boateng'],
      ['PERSON', 'Boateng'],
      ['PERSON', 'Boateng'],
      ['PERSON', 'Nadia Rahimi'],
    ],
  },
  {
    name: 'bank secure-message thread: a customer pastes a full card number, the fraud team replies with a masked phone and a claim reference',
    text: `Customer message (secure messaging, 11/03/2024 22:14)
Hi, I'm Bogdan Ionescu, current account ending 4471. Two payments I didn't make went out of my Visa debit on Saturday — £249.99 to "AMZN Mktp UK" and £612.00 to "WIZZAIR". My card number is 4556 7302 1847 7125 exp 09/26 and I still have the card. Please call me on 07946 118 204 — I work nights so after 2pm please.

Reply (12/03/2024 10:41) — Aisling Doherty, Fraud Operations
Dear Mr Ionescu,

Thank you for getting in touch, and I'm sorry to hear about this. Please don't share your full card number in messages. We've cancelled the card ending 7125 and a replacement will arrive in 3–5 working days. We've raised fraud claim FC-2024-0312-4471 for both transactions, totalling £861.99, and refunded them provisionally while we investigate.

We tried to call you on 07946 ***204 at 10:30 this morning without success; there's no need to call us back unless you notice anything else.

Kind regards,
Aisling`,
    expected: [
      ['PERSON', 'Bogdan Ionescu'],
      ['CREDIT_CARD', '4556 7302 1847 7125'],
      ['PHONE', '07946 118 204'],
      ['PERSON', 'Aisling Doherty'],
      ['PERSON', 'Ionescu'],
      ['PERSON', 'Aisling'],
    ],
  },
  {
    name: 'sales follow-up after a discovery call: prospects by given name, a CFO with a double given name, a Zoom meeting id and passcode, vendor names',
    text: `Subject: Great speaking today — recap + next steps

Hi Mateus,

Great speaking with you and Thandeka yesterday — thanks for making the time ahead of your Q2 planning. Quick recap of what we covered:

• Your team (Mateus Carvalho, Thandeka Dlamini and the new RevOps hire, Ibrahim) spends ~14 hours a week reconciling Salesforce and NetSuite by hand.
• You're evaluating us against Hightouch and a build-it-yourself option on dbt.
• Budget sign-off sits with your CFO, Ana Paula Guimarães, and procurement runs through Coupa.

Next step: a technical deep-dive with our SE, Wojciech Nowak, on Thursday 21 March at 15:00 BRT.
Zoom: https://zoom.us/j/84471209318 (Meeting ID: 844 7120 9318, Passcode: 559120)

If anything comes up you can reach me directly on +55 11 98144-7120.

Best,
Hannah Oyelaran-Price
Account Executive, LATAM | Corvid Data
hannah.oyelaran-price@corviddata.io`,
    // Ibrahim is never named in full; the meeting id and passcode are not ours.
    expected: [
      ['PERSON', 'Mateus'],
      ['PERSON', 'Thandeka'],
      ['PERSON', 'Mateus Carvalho'],
      ['PERSON', 'Thandeka Dlamini'],
      ['PERSON', 'Ana Paula Guimarães'],
      ['PERSON', 'Wojciech Nowak'],
      ['PHONE', '+55 11 98144-7120'],
      ['PERSON', 'Hannah Oyelaran-Price'],
      ['EMAIL', 'hannah.oyelaran-price@corviddata.io'],
    ],
  },
  {
    name: 'CRM call notes from a discovery call with a UK grocer: companies named after their founders and a prospect’s assistant',
    text: `Call notes — 12 Mar — Discovery w/ Sainsbury's (Data & Analytics)
Attendees: Oluwatoyin Bamidele (Head of Forecasting), Craig McAllister (Lead Data Scientist); us: me, Fernando Ibáñez (SE)

- Currently on SAS plus a home-grown Python stack; evaluated Dataiku and H2O last year.
- Oluwatoyin said their previous vendor "got bought by Salesforce and support died overnight".
- The current demand model was built by McKinsey; Deloitte runs the data platform.
- Craig asked for a grocery reference customer — offer Marks & Spencer or Morrisons.
- Decision in Q3; budget already approved for FY24/25.
- Next: send security pack; Fernando to stand up the PoC environment by 26 Mar.
- Oluwatoyin's EA is Bethan Price (bethan.price@sainsburys.co.uk) — book the follow-up through her.`,
    // Sainsbury's, McKinsey, Deloitte, Marks & Spencer and Morrisons are companies.
    expected: [
      ['PERSON', 'Oluwatoyin Bamidele'],
      ['PERSON', 'Craig McAllister'],
      ['PERSON', 'Fernando Ibáñez'],
      ['PERSON', 'Oluwatoyin'],
      ['PERSON', 'Craig'],
      ['PERSON', 'Fernando'],
      ['PERSON', 'Oluwatoyin'],
      ['PERSON', 'Bethan Price'],
      ['EMAIL', 'bethan.price@sainsburys.co.uk'],
    ],
  },
  {
    name: 'recruiter InMail to a Ukrainian engineer and his reply: a hyphenated Polish surname, a library named after a poet, a Calendly handle',
    text: `Subject: Staff Backend Engineer (Kraków or remote) — saw your talk at JUG Lviv

Hi Oleksandr,

I came across your talk on event sourcing at the Lviv Java User Group and your open-source work on the Shevchenko transliteration library — really impressive stuff.

I'm recruiting for Kestrel Mobility, a Series B scale-up backed by Sequoia and Balderton. Our VP Engineering, Magdalena Zielińska-Król, previously led the platform team at Allegro, and this role would report to her directly.

- 38–46k PLN/month on B2B, or the UoP equivalent
- Office next to Rondo Mogilskie; fully remote within the EU is also fine
- Relocation support through our partner, Fragomen

Oleksandr, if you're open to a 20-minute chat, grab any slot here: https://calendly.com/daria-kestrel/20min or reply with a good number and I'll call you.

Best,
Daria Łukasiewicz
Senior Technical Recruiter, Kestrel Mobility
+48 512 447 120 | daria.lukasiewicz@kestrelmobility.pl

---
Hi Daria, thanks for reaching out. I'm open to talking. My number is +380 67 412 0931 (also WhatsApp); best time is after 18:00 Kyiv time.
— Oleksandr Shevchuk`,
    // The Shevchenko library, Fragomen and the daria-kestrel handle are not people.
    expected: [
      ['PERSON', 'Oleksandr'],
      ['PERSON', 'Magdalena Zielińska-Król'],
      ['PERSON', 'Oleksandr'],
      ['PERSON', 'Daria Łukasiewicz'],
      ['PHONE', '+48 512 447 120'],
      ['EMAIL', 'daria.lukasiewicz@kestrelmobility.pl'],
      ['PERSON', 'Daria'],
      ['PHONE', '+380 67 412 0931'],
      ['PERSON', 'Oleksandr Shevchuk'],
    ],
  },
  // ---------------------------------------------------------------- governance and audit
  {
    name: 'housing trust board minutes: present, in attendance and apologies lists, a Dame, a particle surname, a room, an estate and a law named after people',
    text: `MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES
Harbourside Community Housing Trust — held in the Florence Nightingale Room, Kingsway House, on Thursday 7 March 2024 at 18:30

Present: Dame Patricia Oduya (Chair), Rajesh Subramaniam (Treasurer), Fiona MacLeod, Tevita Fifita, Dr Nkechi Amadi-Obi, Anselm de Villiers
In attendance: Karen Thistlethwaite (Chief Executive), Luis Ángel Paredes (Company Secretary, minutes)
Apologies: Jonathan Mbeki-Harris

1. Declarations of interest
Tevita Fifita declared an interest in item 5, as his sister-in-law is a tenant on the Raleigh Estate. He left the room for that item.

2. Minutes of the previous meeting
The minutes of 1 February 2024 were approved as a true record, proposed by Fiona MacLeod and seconded by Anselm de Villiers.

3. Chief Executive's report
Ms Thistlethwaite reported that void rates had fallen to 2.1%. The Board noted the implications of Awaab's Law for damp and mould response times and asked for a compliance plan by May.

4. Finance
The Treasurer presented the Q3 management accounts. Mr Subramaniam noted a £148,000 overspend on responsive repairs.

5. Raleigh Estate regeneration
The Board approved the appointment of Hollis & Drake as employer's agent (Tevita Fifita absent).

6. Nominations Committee
The Chair proposed that Dr Amadi-Obi chair the Nominations Committee from 1 April. Agreed.

7. Any other business
Anselm thanked staff for the winter fuel support scheme.

Date of next meeting: Thursday 2 May 2024.`,
    // The Florence Nightingale Room, the Raleigh Estate, Awaab's Law and Hollis & Drake are not people.
    expected: [
      ['PERSON', 'Patricia Oduya'],
      ['PERSON', 'Rajesh Subramaniam'],
      ['PERSON', 'Fiona MacLeod'],
      ['PERSON', 'Tevita Fifita'],
      ['PERSON', 'Nkechi Amadi-Obi'],
      ['PERSON', 'Anselm de Villiers'],
      ['PERSON', 'Karen Thistlethwaite'],
      ['PERSON', 'Luis Ángel Paredes'],
      ['PERSON', 'Jonathan Mbeki-Harris'],
      ['PERSON', 'Tevita Fifita'],
      ['PERSON', 'Fiona MacLeod'],
      ['PERSON', 'Anselm de Villiers'],
      ['PERSON', 'Thistlethwaite'],
      ['PERSON', 'Subramaniam'],
      ['PERSON', 'Tevita Fifita'],
      ['PERSON', 'Amadi-Obi'],
      ['PERSON', 'Anselm'],
    ],
  },
  {
    name: 'university research ethics committee minutes: Dutch, Spanish, Irish, Arab, Chinese and Māori names, a particle surname at a sentence start, Tourette’s',
    text: `University Research Ethics Committee — Minutes of the meeting of 28 February 2024 (Microsoft Teams)

Present: Prof. Hendrik van der Berg (Chair), Dr María José de la Cruz Hernández, Dr Seán Ó Briain, Mr Abdulrahman Al-Qahtani (lay member), Dr Li Wei (Secretary)

1. ETH-23-447 "Everyday resilience among young carers" (PI: Dr Nomvula Khumalo-Sithole)
Resubmission. Dr de la Cruz Hernández was satisfied that the safeguarding protocol now names a designated lead. Van der Berg noted that the consent form for under-16s still asks for the child's full date of birth, which is not needed; the PI should ask for age in years. Approved subject to that change.

2. ETH-24-012 "Tic disorders and classroom participation" (PI: Dr Ahmad Reza Tehrani; student researcher: Kiri Walker-Ngata)
Approved subject to minor amendments. Mr Al-Qahtani asked that the participant information sheet explain the term "Tourette's" in plain language.

3. ETH-24-015 — deferred; Dr Ó Briain will review it outside the meeting.

4. The Committee noted the revised Declaration of Helsinki (October 2024 draft).

Next meeting: 27 March 2024.`,
    expected: [
      ['PERSON', 'Hendrik van der Berg'],
      ['PERSON', 'María José de la Cruz Hernández'],
      ['PERSON', 'Seán Ó Briain'],
      ['PERSON', 'Abdulrahman Al-Qahtani'],
      ['PERSON', 'Li Wei'],
      ['PERSON', 'Nomvula Khumalo-Sithole'],
      ['PERSON', 'de la Cruz Hernández'],
      ['PERSON', 'Van der Berg'],
      ['PERSON', 'Ahmad Reza Tehrani'],
      ['PERSON', 'Kiri Walker-Ngata'],
      ['PERSON', 'Al-Qahtani'],
      ['PERSON', 'Ó Briain'],
    ],
  },
  {
    name: 'internal audit finding on leavers’ access: usernames, a VPN host address, a Vietnamese name, a shared password quoted in prose',
    text: `INTERNAL AUDIT REPORT IA-24-07 — ACCESS MANAGEMENT, FINANCE SYSTEMS
Finding 3 (High): Terminated users retained active access

Of the 25 leavers sampled for the period 1 July – 31 December 2023, four retained active Oracle EBS accounts after their termination date:
 • Mihai Popescu (terminated 14/08/2023) — account MPOPESCU last used 02/09/2023 from 10.40.12.87 (VPN pool).
 • Chiamaka Eze-Williams (terminated 29/09/2023) — account CEZEWILL not used after termination.
 • Tran Thi Thu Ha (terminated 03/11/2023) — account TTHUHA used once, on 06/11/2023, by a scheduled report job.
 • Rodrigo Alves Bittencourt (terminated 15/12/2023) — account used on 18/12/2023 by his former manager, Ewa Kowalczyk, who confirmed she had been given his password ("Finance#2023q4") to approve invoices while the role was vacant.

Root cause: the HR leaver feed to the identity platform failed silently between August and December; no reconciliation is performed.

Management response: Agreed. Leaver accounts will be disabled on the termination date by an automated job and reconciled weekly. Owner: Siddharth Menon, Head of Finance Systems. Due: 30/06/2024.

Auditor: Grace Adjei-Mensah, CIA | Reviewed by: Hamish Drummond, Chief Audit Executive`,
    // The logins are usernames; termination and usage dates are not birth dates.
    expected: [
      ['PERSON', 'Mihai Popescu'],
      ['IP_ADDRESS', '10.40.12.87'],
      ['PERSON', 'Chiamaka Eze-Williams'],
      ['PERSON', 'Tran Thi Thu Ha'],
      ['PERSON', 'Rodrigo Alves Bittencourt'],
      ['PERSON', 'Ewa Kowalczyk'],
      ['SECRET', 'Finance#2023q4'],
      ['PERSON', 'Siddharth Menon'],
      ['PERSON', 'Grace Adjei-Mensah'],
      ['PERSON', 'Hamish Drummond'],
    ],
  },
  {
    name: 'audit finding on corporate-card misuse: a full card number in the finding, stores named after their founders, a CFO’s sign-off',
    text: `Finding 2024-06: Personal expenditure on corporate cards (Rating: Medium)

During testing of 60 corporate card transactions from the October–December 2023 statements, we identified that the card issued to Lorenzo Bianchi-Ferraro (Regional Sales Manager, EMEA; card number 5239 4108 7714 4207, statement in Appendix B) was used for eleven transactions totalling £3,412.60 at Harrods, Selfridges and The Ritz London that were coded to "client entertainment" without attendee lists.

Mr Bianchi-Ferraro told us that four of the transactions were personal and had been made in error, and he has since repaid £1,180.00. His line manager, Annika Sørensen, approved all eleven expenses in Concur without receipts. Ms Sørensen stated that she "relied on Lorenzo's seniority".

Recommendation: Enforce receipt upload in Concur for all card transactions over £75, and require second-level approval for entertainment above £500.

Management response: Agreed — Tunde Bakare-Williams, Chief Financial Officer, 04/04/2024.`,
    // Harrods, Selfridges and the Ritz are named after their founders; they are not people here.
    expected: [
      ['PERSON', 'Lorenzo Bianchi-Ferraro'],
      ['CREDIT_CARD', '5239 4108 7714 4207'],
      ['PERSON', 'Bianchi-Ferraro'],
      ['PERSON', 'Annika Sørensen'],
      ['PERSON', 'Sørensen'],
      ['PERSON', 'Lorenzo'],
      ['PERSON', 'Tunde Bakare-Williams'],
    ],
  },
  // ---------------------------------------------------------------- incidents
  {
    name: 'SEV-1 post-mortem in Markdown: on-call roles, a Slack timeline with given names and a handle, private host addresses, a DB password pasted in the channel, a job named after a public figure',
    text: `# Post-incident review: INC-2291 — Checkout latency and 502s (SEV-1)
Date of incident: 2024-03-09 | Duration: 1h 47m | Author: Mei-Ling Cheung | Status: Final

## Summary
Between 14:02 and 15:49 UTC about 18% of checkout requests failed with 502s. The cause was connection-pool exhaustion on pg-orders-primary (10.12.4.21) after the Hopper batch job (our scheduler, named after Grace Hopper) was deployed with a pool size of 400 instead of 40.

## People
- Incident commander: Kwabena Asante-Darko
- On-call (primary): Mei-Ling Cheung
- On-call (secondary): Dmitri Volkov
- Comms: Inés Goikoetxea

## Timeline (UTC)
- 14:02 — PagerDuty alert checkout-5xx-rate > 5% pages Mei-Ling.
- 14:06 — Mei-Ling in #inc-2291: "pg-orders-primary at max_connections, 400 idle in transaction from hopper-worker. who deployed hopper today?"
- 14:09 — Dmitri: "that's mine, PR #8812 merged 13:55. rolling back now"
- 14:11 — Kwabena declares SEV-1 and pulls in @ines.g for the status page.
- 14:23 — Rollback completes but connections don't drain; Dmitri kills sessions by hand from bastion 10.12.0.5.
- 14:31 — Inés posts the first status page update.
- 15:49 — Error rate back to baseline; Kwabena resolves.

## What went wrong
- The Hopper config lint didn't cover pool sizes.
- Dmitri's rollback didn't restart the workers, so the old pool stayed open.
- During the incident the read-only DB URL was pasted into the channel: postgres://readonly:${dbPassword}@10.12.4.21:5432/orders (rotated at 16:10).

## Action items
- Dmitri Volkov — add a pool-size lint to hopper CI — 2024-03-22
- Mei-Ling Cheung — alert on idle-in-transaction > 50 — 2024-03-29`,
    // Grace Hopper is a public figure named as such; Hopper is a job; @ines.g is a handle; the incident and due dates are not ours.
    expected: [
      ['PERSON', 'Mei-Ling Cheung'],
      ['IP_ADDRESS', '10.12.4.21'],
      ['PERSON', 'Kwabena Asante-Darko'],
      ['PERSON', 'Mei-Ling Cheung'],
      ['PERSON', 'Dmitri Volkov'],
      ['PERSON', 'Inés Goikoetxea'],
      ['PERSON', 'Mei-Ling'],
      ['PERSON', 'Mei-Ling'],
      ['PERSON', 'Dmitri'],
      ['PERSON', 'Kwabena'],
      ['PERSON', 'Dmitri'],
      ['IP_ADDRESS', '10.12.0.5'],
      ['PERSON', 'Inés'],
      ['PERSON', 'Kwabena'],
      ['PERSON', 'Dmitri'],
      ['SECRET', dbPassword],
      ['IP_ADDRESS', '10.12.4.21'],
      ['PERSON', 'Dmitri Volkov'],
      ['PERSON', 'Mei-Ling Cheung'],
    ],
  },
  {
    name: 'RCA e-mail from an Indian payments NOC: on-call escalation with mobiles, a toll-free bridge and its participant code, the bank’s endpoint address',
    text: `Subject: RCA — Payment gateway timeouts, 11-Mar-2024 (P1) — Ticket #PG-44712

Hi Team,

Please find below the RCA for yesterday's P1.

Impact window: 11-Mar-2024 21:40 IST to 22:55 IST. UPI collect requests to the acquiring bank timed out (~31% failure rate).
Detected by: NOC analyst Ms. Pooja Raghavendra via a Grafana alert at 21:44.
Escalation: L2 on-call Mr. Venkatesh Iyer (+91 98450 44712) was called at 21:47 but the call went unanswered; L3 Arjun Malhotra (+91 99001 20931) joined the bridge (1800 266 4471, participant code 44712093#) at 22:05.

Root cause: the bank rotated the TLS certificate on its API endpoint (103.21.58.144) without notice, and our client pins the old certificate. Arjun identified the pin failure in the gateway logs at 22:31 and pushed the new certificate at 22:49.

Contributing factor: Venkatesh's phone was on DND, which bypassed the PagerDuty override.

Action items:
1. Replace certificate pinning with CA validation — owner: Arjun — 22-Mar-2024
2. Verify L2/L3 phone numbers and DND exceptions monthly — owner: Pooja — 31-Mar-2024

Regards,
Sandeep Kulkarni
SRE Manager`,
    // The ticket number, participant code and incident dates are not ours; the toll-free bridge is a phone number.
    expected: [
      ['PERSON', 'Pooja Raghavendra'],
      ['PERSON', 'Venkatesh Iyer'],
      ['PHONE', '+91 98450 44712'],
      ['PERSON', 'Arjun Malhotra'],
      ['PHONE', '+91 99001 20931'],
      ['PHONE', '1800 266 4471'],
      ['IP_ADDRESS', '103.21.58.144'],
      ['PERSON', 'Arjun'],
      ['PERSON', 'Venkatesh'],
      ['PERSON', 'Arjun'],
      ['PERSON', 'Pooja'],
      ['PERSON', 'Sandeep Kulkarni'],
    ],
  },
  {
    name: 'security incident report on a phished contractor: Tongan names, Slack quotes, an attacker address and IP, an AWS key pair found on the laptop',
    text: `Security Incident Report SIR-2024-007 — Compromised contractor laptop
Prepared by: Losaline Vainikolo (Security Engineering) · Reviewed by: Matthias Brandt (CISO) · Classification: Internal

Summary
On 8 March a contractor, Sione Fonua, entered his Okta credentials on a phishing page sent from billing@docusign-secure-notice.com. The attacker used the session to pull two private repositories before the device was isolated. No customer data was accessed.

Timeline (AEDT)
09:12 — Sione receives the phishing e-mail ("DocuSign: Please review and sign Q1 SOW").
09:40 — Sione in #security: "hey I think I clicked a dodgy docusign link, my laptop's acting weird"
09:41 — Losaline: "Sione, please disconnect from wifi now and don't shut it down"
10:05 — CrowdStrike shows outbound connections to 185.220.101.47 (known Tor exit).
10:30 — Forensics finds a long-lived AWS key in Sione's ~/.aws/credentials: ${awsKeyId} / ${awsSecret}. Key deactivated at 10:34; CloudTrail shows no use from outside our ranges.
11:15 — Okta sessions revoked, password and MFA reset.

Lessons
Matthias: "contractors need phishing-resistant FIDO2 keys, same as staff." Contractor devices will be enrolled in MDM before access is granted.`,
    // DocuSign, Okta and CrowdStrike are products; the incident dates and times are not ours.
    expected: [
      ['PERSON', 'Losaline Vainikolo'],
      ['PERSON', 'Matthias Brandt'],
      ['PERSON', 'Sione Fonua'],
      ['EMAIL', 'billing@docusign-secure-notice.com'],
      ['PERSON', 'Sione'],
      ['PERSON', 'Sione'],
      ['PERSON', 'Losaline'],
      ['PERSON', 'Sione'],
      ['IP_ADDRESS', '185.220.101.47'],
      ['PERSON', 'Sione'],
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
      ['PERSON', 'Matthias'],
    ],
  },
  {
    name: 'warehouse accident report from a Japanese subsidiary: -san honorifics, a hyphenated married name, a Vietnamese trainee, the injured worker’s birth date for the labour office',
    gap: 'family names before "-san" ("Ishikawa-san", "Yamamoto-san", "Mori-san") are missed',
    text: `Incident report — Osaka DC forklift collision, 11 March 2024 (Ref. OSK-HS-2024-019)
Reported by: Takeshi Yamamoto (Shift Supervisor, B shift)

At approximately 14:20 a reach truck driven by a trainee, Mr. Nguyen Van Long, reversed into aisle 14 and struck a picker, Ms. Haruka Ishikawa-Brown (agency staff), on the left ankle. Kenta Mori, who was replenishing the next aisle, witnessed the collision and stopped the truck.

Ishikawa-san was taken by ambulance to Osaka Red Cross Hospital. X-ray showed a fracture of the lateral malleolus; she is expected to be off work for six to eight weeks. Her husband, Daniel Brown (080-4471-2093), was informed at 14:55.

Yamamoto-san confirms the Toyota truck's reversing alarm was working, but the convex mirror at the aisle end had been removed during racking works on 4 March and not replaced.

For the Labour Standards Inspection Office report (Form 23): injured worker's date of birth 1994/07/08, employment start 2023/10/02, agency Persol Staff.

Corrective actions: mirror reinstated 12 March; trainee drivers restricted to wide aisles until sign-off by Mori-san.`,
    // The -san suffix is an honorific, not part of the name; Toyota and the hospital are not people.
    expected: [
      ['PERSON', 'Takeshi Yamamoto'],
      ['PERSON', 'Nguyen Van Long'],
      ['PERSON', 'Haruka Ishikawa-Brown'],
      ['PERSON', 'Kenta Mori'],
      ['PERSON', 'Ishikawa'],
      ['PERSON', 'Daniel Brown'],
      ['PHONE', '080-4471-2093'],
      ['PERSON', 'Yamamoto'],
      ['DATE_OF_BIRTH', '1994/07/08'],
      ['PERSON', 'Mori'],
    ],
  },
  // ---------------------------------------------------------------- journalism
  {
    name: 'local-news draft with sources and editor’s notes: a tenant quoted by name and age, a confidential source, a minister named as such, an estate and a street named after engineers',
    text: `DRAFT — NOT FOR PUBLICATION — v3 (edits by Rebecca Walcott)
SLUG: council-housing-repairs
By Marcus Adeyemi-Stone

Tenants on the Brunel Estate say they waited up to 14 months for damp repairs, despite the council's promise in 2022 to fix all Category 1 hazards within 28 days.

"My son's asthma got so bad he was admitted twice," said Shanice Okoro, 34, who lives with her two children in a ground-floor flat on Telford Walk. Okoro showed the Chronicle photographs of black mould behind the children's beds.

A spokesperson for Wexbridge Council, Deborah Finch-Hatton, said the council "does not recognise" the figures. [NEED FULL RIGHT OF REPLY — emailed her 12/3, chase Thurs]

A former repairs supervisor, who asked not to be named because he still works for the contractor, said jobs were closed on the system "as soon as someone knocked on the door". [SOURCE: Farid — background only. Full name Farid Haddad-Moussa, mob 07412 330 871. DO NOT PUBLISH NAME.]

In 2023 the then housing secretary, Michael Gove, said landlords who ignored mould would be "named and shamed".

Notes for editor: Shanice is OK with first name + age only if we don't show her kids' faces. Her number: 07958 204 117. Met at the Brunel Community Centre.`,
    // Michael Gove is a public figure named as such; the Brunel Estate, Telford Walk and the centre are not people; 34 is an age.
    expected: [
      ['PERSON', 'Rebecca Walcott'],
      ['PERSON', 'Marcus Adeyemi-Stone'],
      ['PERSON', 'Shanice Okoro'],
      ['PERSON', 'Okoro'],
      ['PERSON', 'Deborah Finch-Hatton'],
      ['PERSON', 'Farid'],
      ['PERSON', 'Farid Haddad-Moussa'],
      ['PHONE', '07412 330 871'],
      ['PERSON', 'Shanice'],
      ['PHONE', '07958 204 117'],
    ],
  },
  {
    name: 'investigative interview notes on a Colombian procurement story: a whistle-blower by her first surname, her supervisor, Signal and WhatsApp numbers, a press office mailbox, a former minister',
    text: `Interview notes — Valentina Restrepo Ossa, former procurement officer, Ministry of Health (Bogotá)
Interviewed by: Joaquín Mendieta-Salas, by phone, 12 March 2024, 19:00–20:10

- Restrepo says her supervisor, Hernán Darío Cárdenas, told her to approve the ventilator contract with Medisur SAS "sin hacer preguntas" in May 2020.
- She has screenshots of WhatsApp messages from Cárdenas (+57 310 447 1209) dated 14–19 June 2020, including a voice note.
- On the record for everything except the name of her current employer.
- Contact: Signal +57 315 220 9184; backup e-mail vrestrepo.ossa@protonmail.com
- To do: seek comment from Cárdenas and from the Ministry press office (prensa@minsalud.gov.co) before Friday.
- Check whether the contract went to the then minister, Fernando Ruiz, for sign-off.`,
    // Fernando Ruiz is named as a public office-holder; Medisur SAS is a company.
    expected: [
      ['PERSON', 'Valentina Restrepo Ossa'],
      ['PERSON', 'Joaquín Mendieta-Salas'],
      ['PERSON', 'Restrepo'],
      ['PERSON', 'Hernán Darío Cárdenas'],
      ['PERSON', 'Cárdenas'],
      ['PHONE', '+57 310 447 1209'],
      ['PHONE', '+57 315 220 9184'],
      ['EMAIL', 'vrestrepo.ossa@protonmail.com'],
      ['PERSON', 'Cárdenas'],
      ['EMAIL', 'prensa@minsalud.gov.co'],
    ],
  },
  // ---------------------------------------------------------------- clinical
  {
    name: 'UK GP referral to neurology: DOB and NHS number in the Re: block, a hospital and diseases named after people, family contacts',
    text: `Riverside Medical Practice
2 Mill Lane, Cambridge CB2 1RX · Tel 01223 447100

12 March 2024

Dr Helen Marwick
Consultant Neurologist
Department of Neurology, Addenbrooke's Hospital
Hills Road, Cambridge CB2 0QQ

Dear Dr Marwick,

Re: Mr Stanislav Horváth   DOB: 02/09/1958   NHS No: 943 476 5919
    14 Pemberton Terrace, Cambridge CB2 1JA   Tel: 01223 447120 / 07834 512 904

Thank you for seeing this 65-year-old retired engineer in whom I suspect early Parkinson's disease. He describes a nine-month history of a resting tremor of the right hand, a smaller handwriting and difficulty turning in bed. His wife, Mrs Ilona Horváth, has noticed that he has become slower and that his face is less expressive. His late brother was diagnosed with Lewy body dementia.

PMH: type 2 diabetes (2015), Hashimoto's thyroiditis.
Medication: metformin 500 mg BD, levothyroxine 75 micrograms OD.

Mr Horváth would prefer appointments on a Tuesday or Thursday. His daughter, Kata Horváth-Bell, is happy to be contacted on 07700 118 209 to help with arrangements.

Yours sincerely,

Dr Amir Chaudhry
GP Partner`,
    // The practice line's number is a phone; the NHS number is not ours; Addenbrooke's, Parkinson's and Hashimoto's are not people.
    expected: [
      ['PHONE', '01223 447100'],
      ['PERSON', 'Helen Marwick'],
      ['PERSON', 'Marwick'],
      ['PERSON', 'Stanislav Horváth'],
      ['DATE_OF_BIRTH', '02/09/1958'],
      ['PHONE', '01223 447120'],
      ['PHONE', '07834 512 904'],
      ['PERSON', 'Ilona Horváth'],
      ['PERSON', 'Horváth'],
      ['PERSON', 'Kata Horváth-Bell'],
      ['PHONE', '07700 118 209'],
      ['PERSON', 'Amir Chaudhry'],
    ],
  },
  {
    name: 'US gastroenterology progress note: header with DOB and visit date, Crohn’s disease, an interpreter and a husband by first name only, the patient’s cell',
    text: `PROGRESS NOTE — Gastroenterology Clinic
Patient: Rosa Isela Quintanilla-Reyes   MRN: 00447120   DOB: 11/23/1991   Visit: 03/12/2024
Provider: Jared Feinstein, MD   PCP: Dr. Naomi Kealoha   Interpreter: Spanish, in person (Lourdes)

S: 32 y/o F with Crohn's disease (dx 2017, ileocolonic) on adalimumab presents for f/u. Reports 5–6 loose BMs/day for 3 weeks, intermittent RLQ pain, no blood. Missed two doses in February because of a prior-auth lapse. Her husband, Ernesto, accompanied her and confirms ~4 lb weight loss.
O: T 37.4, HR 92, BP 118/74. Mild RLQ tenderness, no guarding.
A/P: Crohn's flare, likely related to missed doses. Check CBC, CRP, fecal calprotectin, adalimumab trough and antibodies. If antibodies present, consider switching to ustekinumab. Prednisone taper discussed and declined. F/u 4 weeks. Discussed with Dr. Kealoha by phone.
Pt can be reached at (956) 412-0873 (cell); prefers texts in Spanish.

Electronically signed: Jared Feinstein, MD 03/12/2024 16:42`,
    // Lourdes and Ernesto are never named in full; the MRN and visit dates are not ours.
    expected: [
      ['PERSON', 'Rosa Isela Quintanilla-Reyes'],
      ['DATE_OF_BIRTH', '11/23/1991'],
      ['PERSON', 'Jared Feinstein'],
      ['PERSON', 'Naomi Kealoha'],
      ['PERSON', 'Kealoha'],
      ['PHONE', '(956) 412-0873'],
      ['PERSON', 'Jared Feinstein'],
    ],
  },
  {
    name: 'Australian GP referral to rheumatology: letterhead phone and fax, a Māori patient, Medicare and provider numbers, streets and a hospital named after people',
    text: `Dr Liam O'Sullivan
Harbourview Family Medicine
Suite 4, 88 Macquarie Street, Sydney NSW 2000
Ph: (02) 9241 4471   Fax: (02) 9241 4472   Provider No: 2447120A

12/03/2024

Dr Priya Natarajan
Rheumatology Department, Royal Prince Alfred Hospital
Missenden Road, Camperdown NSW 2050

Dear Priya,

Re: Ms Mereana Tawhiri, DOB 17/05/1979
    Unit 6, 21 Bligh Street, Newtown NSW 2042
    Medicare: 2447 12093 1-2   Mobile: 0412 447 903

Thank you for seeing Mereana, a 44-year-old disability support worker with a six-month history of symmetrical small-joint polyarthritis of the hands and morning stiffness lasting two hours. RF positive, anti-CCP strongly positive, CRP 24. She also reports Raynaud's phenomenon in winter and dry eyes; I wondered about secondary Sjögren's.

She has tried naproxen with partial relief. Her partner, Hemi, drives her to appointments, so an afternoon slot would help.

Kind regards,

Liam`,
    // Hemi is never named in full; Raynaud's, Sjögren's and the streets are not people.
    expected: [
      ['PERSON', "Liam O'Sullivan"],
      ['PHONE', '(02) 9241 4471'],
      ['PHONE', '(02) 9241 4472'],
      ['PERSON', 'Priya Natarajan'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Mereana Tawhiri'],
      ['DATE_OF_BIRTH', '17/05/1979'],
      ['PHONE', '0412 447 903'],
      ['PERSON', 'Mereana'],
      ['PERSON', 'Liam'],
    ],
  },
  {
    name: 'Indian cardiology discharge summary: a husband’s-name field in initial form, a consultant by initials, a son’s mobile, a masked Aadhaar, a hospital named after a deity',
    text: `DISCHARGE SUMMARY
Sri Venkateswara Multispeciality Hospital, Tirupati

Patient Name: Mrs. Lakshmi Venkataraman        Age/Sex: 58 Y / F
Husband's Name: K. Venkataraman                 UHID: SVH-2024-044712
Date of Birth: 04-08-1965                       IP No: 24/4471
Date of Admission: 05-03-2024                   Date of Discharge: 11-03-2024
Consultant: Dr. Suresh Babu Reddy, MD, DM (Cardiology)
Contact: +91 94404 12093 (son, Mr. Harish Venkataraman)
Aadhaar: XXXX XXXX 4471

Diagnosis: Acute inferior wall MI; Type 2 DM; Hypothyroidism
Procedure: PTCA with DES to RCA on 06-03-2024 (Dr. S. B. Reddy)

Course in hospital: Patient presented with chest pain of 3 hours' duration. ECG showed ST elevation in II, III, aVF. Taken up for primary PTCA. Post-procedure course was uneventful. Discharged in stable condition.

Advice on discharge: Tab. Aspirin 75 mg OD, Tab. Ticagrelor 90 mg BD, Tab. Atorvastatin 80 mg HS, Tab. Metformin 500 mg BD. Review with Dr. Suresh Babu Reddy in OPD after 1 week (Tuesday/Friday, 10 AM). In case of emergency contact 0877-2264471.

Prepared by: Dr. Anusha Kommineni (Junior Resident)`,
    // Admission, procedure and discharge dates are not birth dates; the masked Aadhaar, UHID and IP number are not ours.
    expected: [
      ['PERSON', 'Lakshmi Venkataraman'],
      ['PERSON', 'K. Venkataraman'],
      ['DATE_OF_BIRTH', '04-08-1965'],
      ['PERSON', 'Suresh Babu Reddy'],
      ['PHONE', '+91 94404 12093'],
      ['PERSON', 'Harish Venkataraman'],
      ['PERSON', 'S. B. Reddy'],
      ['PERSON', 'Suresh Babu Reddy'],
      ['PHONE', '0877-2264471'],
      ['PERSON', 'Anusha Kommineni'],
    ],
  },
  {
    name: 'Nigerian paediatric referral note: the child after MASTER in a capitals RE: line, parents with a née name, a receiving hospital named after a statesman',
    text: `LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
DEPARTMENT OF PAEDIATRICS — REFERRAL NOTE

To: The Consultant Paediatric Neurologist,
Obafemi Awolowo University Teaching Hospitals Complex, Ile-Ife

Date: 12/03/2024

RE: MASTER CHUKWUEMEKA OBINNA-EZE (Hosp. No. LUTH/PAED/44712), M, 7 years (D.O.B. 19/01/2017)

This is to refer the above-named 7-year-old boy, a known sickle cell anaemia (HbSS) patient, who had a left-sided hemiparesis in January 2024, for transcranial Doppler screening and consideration for chronic transfusion therapy.

He is the second of three children. Father, Mr. Ikechukwu Obinna-Eze, is a civil servant; mother, Mrs. Ngozi Obinna-Eze (née Adebayo), is a trader. Parents' phone numbers: 0803 447 1209, 0812 204 7731.

He is currently on folic acid, proguanil and hydroxyurea 20 mg/kg/day. His last haemoglobin was 7.2 g/dL (04/03/2024).

Thank you, sir/ma.

Dr. Folasade Ogunleye-Bello
Senior Registrar, Paediatrics
For: Prof. Babatunde Ayodele Akinwumi
08034471208`,
    // The hospital number, the age and the dates of illness and tests are not ours.
    expected: [
      ['PERSON', 'CHUKWUEMEKA OBINNA-EZE'],
      ['DATE_OF_BIRTH', '19/01/2017'],
      ['PERSON', 'Ikechukwu Obinna-Eze'],
      ['PERSON', 'Ngozi Obinna-Eze'],
      ['PERSON', 'Adebayo'],
      ['PHONE', '0803 447 1209'],
      ['PHONE', '0812 204 7731'],
      ['PERSON', 'Folasade Ogunleye-Bello'],
      ['PERSON', 'Babatunde Ayodele Akinwumi'],
      ['PHONE', '08034471208'],
    ],
  },
  {
    name: 'Ottawa memory-clinic referral: a Burundian patient with an ISO birth date, his daughter with power of attorney, OHIP number, a centre and avenue named after people',
    text: `Bruyère Family Medicine Centre
75 Bruyère Street, Ottawa ON K1N 5C8
Tel: 613-241-4471   Fax: 613-241-4479

March 12, 2024

The Ottawa Hospital — Memory Disorders Clinic

Re: Mr. Jean-Baptiste Ndayishimiye   DOB: 1946-10-03   OHIP: 4471-209-318-KT
Address: 1204-300 Laurier Ave W, Ottawa ON K1P 6M8   Tel: 613-729-0418

Dear colleague,

I would appreciate your assessment of this 77-year-old gentleman, originally from Burundi, with an 18-month history of progressive short-term memory loss. MoCA today was 19/30 (administered in French). His daughter, Mme Aline Ndayishimiye-Côté, who attends all visits and holds power of attorney for personal care, reports that he has twice got lost driving to church. The differential includes Alzheimer's disease and vascular dementia; B12, TSH and calcium were normal and there are no features to suggest Creutzfeldt-Jakob disease.

Aline can be reached at 819-661-2093 or aline.ndayishimiye@videotron.ca.

Sincerely,

Marie-Ève Tremblay, MD CCFP`,
    // Bruyère and Laurier are a centre and an avenue; OHIP and age are not ours.
    expected: [
      ['PHONE', '613-241-4471'],
      ['PHONE', '613-241-4479'],
      ['PERSON', 'Jean-Baptiste Ndayishimiye'],
      ['DATE_OF_BIRTH', '1946-10-03'],
      ['PHONE', '613-729-0418'],
      ['PERSON', 'Aline Ndayishimiye-Côté'],
      ['PERSON', 'Aline'],
      ['PHONE', '819-661-2093'],
      ['EMAIL', 'aline.ndayishimiye@videotron.ca'],
      ['PERSON', 'Marie-Ève Tremblay'],
    ],
  },
  {
    name: 'CAMHS clinic letter to parents: a Serbian family, "Mr and Mrs" with a shared surname, Asperger’s and Tourette’s, a health centre named after Jenner',
    text: `Child and Adolescent Mental Health Service — Northgate Team
Clinic letter — dictated 11/03/2024, typed 12/03/2024

Patient: Luka Jovanović   DOB: 30/04/2011   NHS No: 485 777 3457
Seen by: Dr Rashid Chowdhury (Consultant Child and Adolescent Psychiatrist) with Ms Ewa Nowicka (Specialist Nurse)
Present: Luka, his mother Milica Jovanović and his father Dragan Jovanović

Dear Mr and Mrs Jovanović,

Thank you for bringing Luka to see us on 11 March. As we discussed, the assessment (ADOS-2, developmental history and school observations) supports a diagnosis of autism spectrum condition — what some people still call Asperger's syndrome. Luka's motor and vocal tics over the last year also meet the criteria for Tourette's syndrome, though they are mild and he told us they do not bother him much.

We have agreed that Ewa will meet Luka for six sessions on managing anxiety at school, starting after Easter.

I have copied this letter to Luka's GP, Dr Funmilayo Adebisi-Clarke at the Jenner Health Centre, and, with your consent, to the school SENCo, Mrs Harriet Pemberton.

Yours sincerely,

Dr Rashid Chowdhury`,
    // Clinic dates are not birth dates; the NHS number is not ours.
    expected: [
      ['PERSON', 'Luka Jovanović'],
      ['DATE_OF_BIRTH', '30/04/2011'],
      ['PERSON', 'Rashid Chowdhury'],
      ['PERSON', 'Ewa Nowicka'],
      ['PERSON', 'Luka'],
      ['PERSON', 'Milica Jovanović'],
      ['PERSON', 'Dragan Jovanović'],
      ['PERSON', 'Jovanović'],
      ['PERSON', 'Luka'],
      ['PERSON', 'Luka'],
      ['PERSON', 'Ewa'],
      ['PERSON', 'Luka'],
      ['PERSON', 'Luka'],
      ['PERSON', 'Funmilayo Adebisi-Clarke'],
      ['PERSON', 'Harriet Pemberton'],
      ['PERSON', 'Rashid Chowdhury'],
    ],
  },
  // ---------------------------------------------------------------- insurance
  {
    name: 'homeowner claim adjuster narrative after a named hurricane: the insured and co-insured, a neighbour, a roofing firm named after its owner, the insured’s DOB for identity',
    text: `ADJUSTER'S NARRATIVE REPORT — Claim HO-24-0044712 — Policy HO3-7731-4471
Insured: Yolanda Fairweather-Ng; co-insured: Dwayne Fairweather-Ng
Loss location: 4471 Palmetto Bay Dr, Fort Myers, FL 33908
Date of loss: 09/26/2024 (Hurricane Helene)   Date inspected: 10/03/2024

I met the named insured, Ms. Fairweather-Ng, at the risk on 10/03. Her husband Dwayne was not present. She stated that storm surge from Hurricane Helene entered the home to a depth of approximately 14 inches and that wind removed shingles on the south slope. The neighbor at 4475, Mr. Augustin Bélanger, stated that he saw the shingles come off at about 2 a.m. on 09/27 (contact: 239-772-4471).

The roof was inspected with a Haag-certified engineer. Wind damage to the south slope is consistent with the reported event. The insured obtained an estimate from Sandoval Brothers Roofing (Ignacio Sandoval, 239-841-2093) for $18,640.00, which I find reasonable.

The insured's date of birth (07/14/1962) and driver's license were verified against the application for the SIU identity check; no concerns.

Recommendation: Coverage A payment for wind damage of $48,212.90 less the 2% hurricane deductible. Surge damage is excluded under the HO-3 flood exclusion; the insured has been referred to her NFIP carrier.

Adjuster: Keoni Kahale, License #W447120 | keoni.kahale@gulfstatesadj.com | 813-904-4471`,
    // Hurricane Helene is a storm, Sandoval Brothers Roofing a firm; dates of loss and inspection are not ours.
    expected: [
      ['PERSON', 'Yolanda Fairweather-Ng'],
      ['PERSON', 'Dwayne Fairweather-Ng'],
      ['PERSON', 'Fairweather-Ng'],
      ['PERSON', 'Dwayne'],
      ['PERSON', 'Augustin Bélanger'],
      ['PHONE', '239-772-4471'],
      ['PERSON', 'Ignacio Sandoval'],
      ['PHONE', '239-841-2093'],
      ['DATE_OF_BIRTH', '07/14/1962'],
      ['PERSON', 'Keoni Kahale'],
      ['EMAIL', 'keoni.kahale@gulfstatesadj.com'],
      ['PHONE', '813-904-4471'],
    ],
  },
  {
    name: 'New Zealand life-claim investigation summary: a Samoan insured with birth and death dates, the beneficiary spouse, the adviser, a GP, claimant contacts',
    text: `Claim Investigation Summary — Life Claim LC-24-00871
Insured (deceased): Tavita Leaupepe-Schmidt, DOB 14 Feb 1969, date of death 2 Jan 2024 (Auckland City Hospital)
Policy: Term Life 447-120-931, commenced 01/07/2022 — within the two-year non-disclosure period
Claimant/beneficiary: Mrs Fetu Leaupepe-Schmidt (spouse)

The application (signed 20/06/2022) answered "No" to the question "Have you ever been diagnosed with diabetes or raised blood sugar?". Records from Dr Vikram Anand (Ōtāhuhu Medical Centre) show that Mr Leaupepe-Schmidt was diagnosed with type 2 diabetes in March 2019 and prescribed metformin. The cause of death was a myocardial infarction.

The adviser who completed the application, Craig Fonoti-Hale, states that he read each question aloud and that Tavita answered them himself; Mrs Leaupepe-Schmidt says her husband did not understand that "raised blood sugar" covered his diagnosis.

Recommendation: refer to the Claims Committee; consider a compromise settlement given the language issue raised by the claimant.

Claimant contact: 021 447 1209, fetu.ls@xtra.co.nz
Investigator: Ana Lemalu, 09 358 4471`,
    // The death, commencement and signature dates are not birth dates; the policy number is not ours.
    expected: [
      ['PERSON', 'Tavita Leaupepe-Schmidt'],
      ['DATE_OF_BIRTH', '14 Feb 1969'],
      ['PERSON', 'Fetu Leaupepe-Schmidt'],
      ['PERSON', 'Vikram Anand'],
      ['PERSON', 'Leaupepe-Schmidt'],
      ['PERSON', 'Craig Fonoti-Hale'],
      ['PERSON', 'Tavita'],
      ['PERSON', 'Leaupepe-Schmidt'],
      ['PHONE', '021 447 1209'],
      ['EMAIL', 'fetu.ls@xtra.co.nz'],
      ['PERSON', 'Ana Lemalu'],
      ['PHONE', '09 358 4471'],
    ],
  },
  // ---------------------------------------------------------------- school, grants and community
  {
    name: 'UK primary end-of-year report: the pupil’s DOB and UPN, a class and a school named after people, a famous author, classmates by first name, the head’s initial form',
    text: `END OF YEAR REPORT 2023–24 — YEAR 4 (Brontë Class)
St Cuthbert's C of E Primary School
Pupil: Amara Osei-Bonsu     Date of birth: 22/11/2014     UPN: K447120931004
Class teacher: Mr Tomás Ferreira     Headteacher: Mrs Julia Whitcombe
Attendance: 96.4%   Lates: 3

English
Amara is an enthusiastic reader who has worked her way through almost every Roald Dahl book in our library this year. Her writing is imaginative and she now uses paragraphs confidently. Next step: check her spelling of common exception words.

Maths
Amara knows all her times tables up to 12 × 12 and was one of the first in the class to earn her multiplication certificate.

Class teacher's comment
It has been a joy to teach Amara. Her friendship with Zainab and Chloe in the reading club has helped her grow in confidence, and she was a kind and patient reading buddy to our Reception children. — Mr Ferreira

Headteacher's comment
Well done, Amara — a super year! — J. Whitcombe

Parents' evening: please book through ParentMail or e-mail Mr Ferreira at t.ferreira@stcuthberts.sch.uk.`,
    // Roald Dahl is an author named as such; Zainab and Chloe are never named in full; Brontë Class and St Cuthbert's are not people.
    expected: [
      ['PERSON', 'Amara Osei-Bonsu'],
      ['DATE_OF_BIRTH', '22/11/2014'],
      ['PERSON', 'Tomás Ferreira'],
      ['PERSON', 'Julia Whitcombe'],
      ['PERSON', 'Amara'],
      ['PERSON', 'Amara'],
      ['PERSON', 'Amara'],
      ['PERSON', 'Ferreira'],
      ['PERSON', 'Amara'],
      ['PERSON', 'J. Whitcombe'],
      ['PERSON', 'Ferreira'],
      ['EMAIL', 't.ferreira@stcuthberts.sch.uk'],
    ],
  },
  {
    name: 'research grant application excerpt: applicants with Hawaiian, Indian, Guinean and Uzbek names, a cited author, a trust, a fellowship and an institute named after people',
    text: `Wellcome Discovery Award — Application WT-DA-2024-04471
Lead applicant: Dr Kalani Akana-Whitford, School of Cellular and Molecular Medicine, University of Bristol
Co-applicants: Prof. Sunil Gopalakrishnan (University of Edinburgh); Dr Fatoumata Diallo (Institut Pasteur de Dakar)
Named researcher: Dr Yusuf Karimov (postdoctoral research associate, 36 months)

Track record
Dr Akana-Whitford was a Marie Skłodowska-Curie Fellow (2018–2020) and has led the Bristol arbovirus surveillance programme since 2021. Prof. Gopalakrishnan brings expertise in single-cell sequencing; Dr Diallo leads field sampling across four regions of Senegal.

Background
Mosquito microbiome composition strongly affects dengue transmission, as Chioma Okonjo and colleagues showed in a 2021 field trial in Ibadan. We will test whether the same holds for Aedes aegypti populations in Dakar and Thiès.

Budget summary
Personnel £412,880; consumables £96,200; travel £38,450; equipment £61,000.

Contact for this application: Dr Kalani Akana-Whitford, k.akana-whitford@bristol.ac.uk, +44 117 455 2093
Research office: Joanne Pettigrew, research-grants@bristol.ac.uk`,
    // The cited author is a private researcher and counts; Wellcome, Marie Skłodowska-Curie and Pasteur name bodies, not people here.
    expected: [
      ['PERSON', 'Kalani Akana-Whitford'],
      ['PERSON', 'Sunil Gopalakrishnan'],
      ['PERSON', 'Fatoumata Diallo'],
      ['PERSON', 'Yusuf Karimov'],
      ['PERSON', 'Akana-Whitford'],
      ['PERSON', 'Gopalakrishnan'],
      ['PERSON', 'Diallo'],
      ['PERSON', 'Chioma Okonjo'],
      ['PERSON', 'Kalani Akana-Whitford'],
      ['EMAIL', 'k.akana-whitford@bristol.ac.uk'],
      ['PHONE', '+44 117 455 2093'],
      ['PERSON', 'Joanne Pettigrew'],
      ['EMAIL', 'research-grants@bristol.ac.uk'],
    ],
  },
  {
    name: 'letter of support for a Pasifika youth programme: Tongan names with apostrophes, a nickname in parentheses, a school named after Sir Edmund Hillary, NZ mobiles',
    text: `Mālō e lelei,

Letter of support — Pasifika Youth Rugby League programme, Ōtara

To the Funding Advisor, Foundation North

I am writing on behalf of the Tongan Methodist Church Ōtara to support this application. Our youth leader, Siosaia Tu'ipulotu (Sia), has run the Friday night programme since 2019 together with Mele Fifita-Havili and Viliami Taufa, all volunteers. Last season 46 young people took part, most of them students at Sir Edmund Hillary Collegiate and Tangaroa College, and attendance at school among the regular players rose noticeably.

The grant would pay for ground hire at Ngāti Ōtara Park, first-aid training and transport for away games. The church will continue to provide the hall and meals at no cost.

Sia and his team are the reason these young people keep coming back. Please contact me on 027 447 1209 or rev.latu@tmcotara.org.nz, or Siosaia directly on 022 310 4471.

'Ofa atu,

Rev. Dr Sione Latu
Faifekau, Tongan Methodist Church Ōtara`,
    // Sia is Siosaia Tu'ipulotu; the college, park and church are not people.
    expected: [
      ['PERSON', "Siosaia Tu'ipulotu"],
      ['PERSON', 'Sia'],
      ['PERSON', 'Mele Fifita-Havili'],
      ['PERSON', 'Viliami Taufa'],
      ['PERSON', 'Sia'],
      ['PHONE', '027 447 1209'],
      ['EMAIL', 'rev.latu@tmcotara.org.nz'],
      ['PERSON', 'Siosaia'],
      ['PHONE', '022 310 4471'],
      ['PERSON', 'Sione Latu'],
    ],
  },
  {
    name: 'youth-soccer volunteer screening notes: a coach’s DOB for the background check, a nickname in a quoted reference, Megan’s Law, certificate numbers',
    text: `Volunteer clearance notes — Westfield Youth Soccer (spring season)
Applicant: Cornelius Abernathy-Osei, assistant coach, U10 girls (goes by "Neil")
DOB 05/19/1983 (collected for background check only)

Checks
- PA Child Abuse History Clearance — no record (certificate 4471-2093-1184, issued 02/14/2024)
- PA State Police (PATCH) — no record
- FBI fingerprint check via IdentoGO — pending
- Megan's Law website search — no match (searched 03/11/2024 by Jocelyn Park-Hwang)
- SafeSport core course completed 02/28/2024

Reference call with his previous club's coordinator, Mrs. Deirdre Halloran (570-447-1209): "Neil is brilliant with the kids, always the first one at the field and the last to leave."

Approved by: Jocelyn Park-Hwang, Registrar — jocelyn.parkhwang@westfieldyouthsoccer.org`,
    // Neil is Cornelius Abernathy-Osei; issue, search and course dates are not birth dates.
    expected: [
      ['PERSON', 'Cornelius Abernathy-Osei'],
      ['PERSON', 'Neil'],
      ['DATE_OF_BIRTH', '05/19/1983'],
      ['PERSON', 'Jocelyn Park-Hwang'],
      ['PERSON', 'Deirdre Halloran'],
      ['PHONE', '570-447-1209'],
      ['PERSON', 'Neil'],
      ['PERSON', 'Jocelyn Park-Hwang'],
      ['EMAIL', 'jocelyn.parkhwang@westfieldyouthsoccer.org'],
    ],
  },
  // ---------------------------------------------------------------- life events
  {
    name: 'wedding-planning e-mail thread: couple and planner, suppliers with mobiles, a grandparent, a florist brand named after a person, a sort code',
    text: `From: Sadé Olatunji-Ward <sade@goldenhourevents.co.uk>
To: Anjali Ramaswamy <anjali.rams@gmail.com>; Tom Brennan <tombrennan88@icloud.com>
Subject: Re: Final numbers + timings for Saturday 8 June

Hi Anjali and Tom,

Final timings for Saturday 8 June at Aynhoe Park:
12:30 Guests arrive — ushers: Rohan (Anjali's brother) and Callum
13:00 Ceremony — celebrant: Revd Margaret Elphinstone
14:00 Drinks reception — mehndi stall run by Aunty Vasanthi

Suppliers on the day:
• Photographer — Jakub Wiśniewski-Hart, 07788 412 093
• Florist — Petals by Marguerite (ask for Lottie, 01869 447 120)
• DJ — Kofi Boateng-Mills (Soundclash Events), 07412 998 304

Dietary: 14 veg, 3 vegan, 1 coeliac (Tom's grandad, Mr Seamus Brennan — please seat him near the exit, he uses a wheelchair).

The balance of £4,260 is due by 24 May (Golden Hour Events Ltd, sort code 20-44-71, account 12093184).

Anjali — can you send me Rohan's mobile for the ushers' briefing?

Sadé x

> Rohan's number is 07534 120 447. Also Mum wants to know if Grandma (Kamala Ramaswamy) can have a chair near the front!`,
    // Rohan, Callum, Vasanthi and Lottie are never named in full; Petals by Marguerite is a business; the sort code and account are not ours.
    expected: [
      ['PERSON', 'Sadé Olatunji-Ward'],
      ['EMAIL', 'sade@goldenhourevents.co.uk'],
      ['PERSON', 'Anjali Ramaswamy'],
      ['EMAIL', 'anjali.rams@gmail.com'],
      ['PERSON', 'Tom Brennan'],
      ['EMAIL', 'tombrennan88@icloud.com'],
      ['PERSON', 'Anjali'],
      ['PERSON', 'Tom'],
      ['PERSON', 'Anjali'],
      ['PERSON', 'Margaret Elphinstone'],
      ['PERSON', 'Jakub Wiśniewski-Hart'],
      ['PHONE', '07788 412 093'],
      ['PHONE', '01869 447 120'],
      ['PERSON', 'Kofi Boateng-Mills'],
      ['PHONE', '07412 998 304'],
      ['PERSON', 'Tom'],
      ['PERSON', 'Seamus Brennan'],
      ['PERSON', 'Anjali'],
      ['PERSON', 'Sadé'],
      ['PHONE', '07534 120 447'],
      ['PERSON', 'Kamala Ramaswamy'],
    ],
  },
  {
    name: 'obituary: the deceased in a capitals heading with birth and death dates, a nickname, parents, children with spouses by first name, a scholarship fund named after her',
    text: `ELEANOR WAMBUI MWANGI-CARRINGTON
March 3, 1941 – March 8, 2024

Eleanor Wambui Mwangi-Carrington, beloved teacher, mother and grandmother, died peacefully at home in Evanston, Illinois, on March 8, 2024, surrounded by family. She was 83. Known to everyone as Nell, she taught chemistry at Evanston Township High School for 34 years.

Born in Nyeri, Kenya, on March 3, 1941, to Josphat Mwangi, a coffee farmer, and Esther Wanjiru Mwangi, Nell came to the United States in 1962 on a scholarship to Northwestern University. She married Harold Carrington in 1966.

She is survived by her children, David Carrington (Lorraine) of Atlanta and Wanjiru Carrington-Hughes (Marcus) of Oak Park; her grandchildren Imani, Jabari and Zuri; and her sister, Dr. Grace Nduta Mwangi of Nairobi. She was preceded in death by Harold in 2015.

A memorial service will be held at 11 a.m. Saturday, March 23, at St. Augustine's Episcopal Church, Wilmette. In lieu of flowers, donations may be made to the Alzheimer's Association or to the Nell Carrington Scholarship Fund at Evanston Township High School.`,
    // Spouses and grandchildren named by first name only are not labelled; the fund, church and association are not people; the death and service dates are not birth dates.
    expected: [
      ['PERSON', 'ELEANOR WAMBUI MWANGI-CARRINGTON'],
      ['DATE_OF_BIRTH', 'March 3, 1941'],
      ['PERSON', 'Eleanor Wambui Mwangi-Carrington'],
      ['PERSON', 'Nell'],
      ['DATE_OF_BIRTH', 'March 3, 1941'],
      ['PERSON', 'Josphat Mwangi'],
      ['PERSON', 'Esther Wanjiru Mwangi'],
      ['PERSON', 'Nell'],
      ['PERSON', 'Harold Carrington'],
      ['PERSON', 'David Carrington'],
      ['PERSON', 'Wanjiru Carrington-Hughes'],
      ['PERSON', 'Grace Nduta Mwangi'],
      ['PERSON', 'Harold'],
    ],
  },
  {
    name: 'eulogy draft pasted for tightening: a father by full name, given name and nickname, a birth date in words, a mother’s maiden name, siblings by first name, a shipyard named after its founders',
    text: `Can you help me tighten this? It's running about seven minutes and I need it under five. It's for Dad's funeral on Friday at St Columba's.

Eulogy for Francis Devlin — draft 2 — Ruairí Devlin

Good morning. For those who don't know me, I'm Ruairí, Francis's eldest.

Dad — Francis Xavier Devlin to the taxman, Frank to everyone at Ballymena Rugby Club — was born on the 14th of August 1948 in a two-up two-down in Ahoghill, the fourth of seven children. He left school at fifteen and served his time as a joiner at Harland and Wolff, and for the rest of his life he could not walk past a badly hung door.

He met Mum, Maureen Quinn as she was then, at the Flamingo Ballroom in 1971. He told everyone she asked him to dance; she has always said it was the other way round. They were married for fifty-one years.

When my brother Padraig and I were small, he'd take us to the yard on Saturdays and let us sweep up. "Ruairí," he'd say, "measure twice, cut once." I still hear it every time I pick up a saw.

Mum, Padraig, Siobhán — he loved us fiercely, even when he didn't say it. Frank, we'll miss you.`,
    // Padraig and Siobhán are never named in full; Harland and Wolff, the club, the ballroom and the church are not people.
    expected: [
      ['PERSON', 'Francis Devlin'],
      ['PERSON', 'Ruairí Devlin'],
      ['PERSON', 'Ruairí'],
      ['PERSON', 'Francis'],
      ['PERSON', 'Francis Xavier Devlin'],
      ['PERSON', 'Frank'],
      ['DATE_OF_BIRTH', '14th of August 1948'],
      ['PERSON', 'Maureen Quinn'],
      ['PERSON', 'Ruairí'],
      ['PERSON', 'Frank'],
    ],
  },
  // ---------------------------------------------------------------- immigration
  {
    name: 'UK Skilled Worker sponsorship letter: a Nigerian worker and dependants with birth dates in words, passport, CoS and licence numbers',
    text: `UK Visas and Immigration
Home Office

12 March 2024

Dear Sir/Madam,

Re: Skilled Worker visa application — Mr Oluwaseun Babajide Adekunle
Date of birth: 21 July 1990   Nationality: Nigerian   Passport no.: A04471209
Certificate of Sponsorship: C2G4471209K   Sponsor licence no.: 4RT7X21Q9

I am the Authorising Officer for Kestrel Health Analytics Ltd and write in support of the above application. We have assigned a Certificate of Sponsorship to Mr Adekunle for the role of Data Scientist (SOC 2020 code 2433) at an annual salary of £52,000, starting on 2 May 2024 at our Manchester office.

Mr Adekunle will be accompanied by his wife, Mrs Temitope Adekunle (date of birth 9 February 1992), and their son, Daniel Ifeoluwa Adekunle (born 30 October 2021), who will apply as his dependants.

We confirm that the role is genuine and that Mr Adekunle meets the English language requirement through his MSc from the University of Ibadan.

Yours faithfully,

Caroline Ashworth-Mbeki
Authorising Officer | HR Director
caroline.ashworth@kestrelhealth.co.uk | 020 7946 0718`,
    // The passport, CoS and licence numbers and the start date are not ours.
    expected: [
      ['PERSON', 'Oluwaseun Babajide Adekunle'],
      ['DATE_OF_BIRTH', '21 July 1990'],
      ['PERSON', 'Adekunle'],
      ['PERSON', 'Adekunle'],
      ['PERSON', 'Temitope Adekunle'],
      ['DATE_OF_BIRTH', '9 February 1992'],
      ['PERSON', 'Daniel Ifeoluwa Adekunle'],
      ['DATE_OF_BIRTH', '30 October 2021'],
      ['PERSON', 'Adekunle'],
      ['PERSON', 'Caroline Ashworth-Mbeki'],
      ['EMAIL', 'caroline.ashworth@kestrelhealth.co.uk'],
      ['PHONE', '020 7946 0718'],
    ],
  },
  {
    name: 'Canadian visitor-visa invitation letter: Punjabi names with Singh and Kaur, parents’ birth dates beside passport numbers, a due date, a street named after a general, a UCI',
    text: `Letter of Invitation — Temporary Resident Visa

To: Visa Officer, Immigration, Refugees and Citizenship Canada (IRCC)

I, Harpreet Kaur Sandhu, a Canadian citizen residing at 72 Sir Isaac Brock Way, Brampton, ON L6Y 4T3, am writing to invite my parents, Mr. Gurdev Singh Sandhu (date of birth: 15-06-1957, passport no. Z4471209) and Mrs. Surinder Kaur Sandhu (date of birth: 02-11-1960, passport no. Z4471210), to visit us in Canada from 1 June 2024 to 30 September 2024 for the birth of our second child (due date 18 June 2024).

My husband, Jaspreet Singh Gill, and I will provide accommodation in our home and cover all of their expenses during the visit. Our combined household income for 2023 was CAD $142,000.

Enclosed: copies of my Canadian passport (issued 2019-05-14), our 2023 Notices of Assessment, Jaspreet's employment letter and our mortgage statement.

Sincerely,

Harpreet Kaur Sandhu
Tel: 647-412-0938 | harpreet.sandhu.gill@gmail.com
UCI: 11-4471-2093`,
    // The due date and passport issue date are not birth dates; passport numbers and the UCI are not ours.
    expected: [
      ['PERSON', 'Harpreet Kaur Sandhu'],
      ['PERSON', 'Gurdev Singh Sandhu'],
      ['DATE_OF_BIRTH', '15-06-1957'],
      ['PERSON', 'Surinder Kaur Sandhu'],
      ['DATE_OF_BIRTH', '02-11-1960'],
      ['PERSON', 'Jaspreet Singh Gill'],
      ['PERSON', 'Jaspreet'],
      ['PERSON', 'Harpreet Kaur Sandhu'],
      ['PHONE', '647-412-0938'],
      ['EMAIL', 'harpreet.sandhu.gill@gmail.com'],
    ],
  },
];

describeHoldout('privacy hold-out 19: business and professional prose', cases);
