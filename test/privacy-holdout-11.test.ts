import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * An eleventh hand-written hold-out: people records outside finance and IT, as they are pasted into
 * the AI assistant of a data notebook. Healthcare (an HL7 v2 ORU lab result, a FHIR Patient and
 * Appointment bundle, an NHS discharge summary, an X12 837P claim, a DICOM header dump, a patient
 * portal thread, a pharmacy refill log, French and Indian hospital records); HR and recruiting (a
 * Greenhouse export, a German CV, a LinkedIn connections export, an org chart, a Spanish onboarding
 * form, a reference-check e-mail, a Workday worker); education (a student information system export,
 * a Canvas gradebook, a Moodle log in Italian, a Polish class contact list, a school incident log, a
 * Dutch childcare enrolment); telecom and messaging (call detail records, Twilio webhooks and API
 * calls, a WhatsApp export in Brazilian Portuguese, a voicemail transcription); logistics, retail and
 * travel (a shipping label, a carrier manifest, a CN23 customs declaration, an Amadeus PNR, a hotel
 * PMS export, a loyalty export, a Mailchimp audience, a Qualtrics survey); public sector and legal (a
 * court docket, a property record, a voter file, a police report narrative, a GDPR access-request
 * reply in German); and a Japanese résumé. Hard negatives of the same shapes: tracking numbers,
 * booking references, flight and ticket numbers, MRN, NPI, DEA and NDC numbers, ICD and CPT codes,
 * NHS, BSN, NIR, CPF, DNI and Aadhaar numbers (personal, but none of the engine's types), IMSIs and a
 * Luhn-valid IMEI, EINs and ZIP+4 codes, student and employee ids, dates of service, admission and
 * hire dates, ages, room numbers, masked cards, example domains, placeholder accounts (Test Student,
 * Admin User), and companies, wards, buildings and trusts named after people. Each case lists every
 * value it expects found, with its type; anything else flagged is a false positive. Name fields kept
 * apart by a format (X12 elements, FHIR family/given, CSV columns) are separate spans; one component
 * field (HL7 XPN, DICOM PN, a PNR name element) is one span. A lone given name counts only when the
 * same person was named in full earlier in the text. Values are fake: a Luhn-valid made-up card,
 * IBANs with valid mod-97 (and national) check digits, SSNs in valid areas, made-up names and keys.
 */
const k = joinParts;
const twilioToken = k('c41e8a7f29d3b605', 'e7a2914fd08c3b66');
const workdayToken = k('Qm9xT2vR7tLw4pZ8nB3cY6', 'dF1gH5jS0aE2uQ8wRt7LmW9p');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- healthcare
  {
    name: 'HL7 v2 ORU^R01 lab result with an SSN identifier in PID-3 and the ordering provider in XCN fields',
    text: `MSH|^~\\&|SUNQUEST|KESTREL_LAB|EPIC|KESTREL_HOSP|20240312101502||ORU^R01^ORU_R01|LAB24031200188|P|2.5.1
PID|1||MRN00884120^^^KESTREL^MR~318527764^^^SSA^SS||VARGAS^MARISELA||19820317|F|||22 BIRCH RD APT 4^^ATLANTA^GA^30308^USA||(404)872-3319^PRN^PH~^NET^Internet^marisela.vargas@bellsouth.net|||S||ACC7712049
PV1|1|O|LAB^^^KESTREL||||1184629375^WHITFIELD^ELENA^^^DR^^^NPI
ORC|RE|ORD448812|LAB99120||CM
OBR|1|ORD448812|LAB99120|57698-3^Lipid panel with direct LDL^LN|||20240311083000|||||||20240311091500||1184629375^WHITFIELD^ELENA^^^DR^^^NPI||||||20240312101200||CH|F
OBX|1|NM|2093-3^Cholesterol [Mass/volume] in Serum or Plasma^LN||242|mg/dL|<200|H|||F|||20240312101200
OBX|2|NM|2085-9^HDL Cholesterol^LN||38|mg/dL|>40|L|||F|||20240312101200
OBX|3|NM|18262-6^LDL Cholesterol (direct)^LN||171|mg/dL|<100|H|||F|||20240312101200
NTE|1|L|High LDL phoned to Dr. Whitfield's office 03/12/2024 10:20 by T. Nguyen, MLS (ext. 4471)`,
    // The MRN, NPI, accession numbers, LOINC codes and result times are not personal values of our types.
    expected: [
      ['US_SSN', '318527764'],
      ['PERSON', 'VARGAS^MARISELA'],
      ['DATE_OF_BIRTH', '19820317'],
      ['PHONE', '(404)872-3319'],
      ['EMAIL', 'marisela.vargas@bellsouth.net'],
      ['PERSON', 'WHITFIELD^ELENA'],
      ['PERSON', 'WHITFIELD^ELENA'],
      ['PERSON', 'Whitfield'],
      ['PERSON', 'T. Nguyen'],
    ],
  },
  {
    name: 'FHIR transaction Bundle with a Patient and an Appointment whose participants carry display names',
    text: `{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:7c1e9f4a-2b8d-4e6f-a05c-9b2d4e8f1a37",
      "resource": {
        "resourceType": "Patient",
        "identifier": [{ "system": "https://fhir.nhs.uk/Id/nhs-number", "value": "4010232137" }],
        "name": [{ "use": "official", "family": "Pryce", "given": ["Gwendolyn", "Mary"], "prefix": ["Mrs"] }],
        "telecom": [
          { "system": "phone", "value": "07825 331904", "use": "mobile" },
          { "system": "email", "value": "g.pryce@btinternet.com" }
        ],
        "gender": "female",
        "birthDate": "1953-08-21",
        "address": [{ "line": ["14 Widcombe Crescent"], "city": "Bath", "postalCode": "BA2 6AH" }],
        "generalPractitioner": [{ "reference": "Practitioner/G8512477", "display": "Dr Kieran Doyle" }]
      },
      "request": { "method": "POST", "url": "Patient" }
    },
    {
      "fullUrl": "urn:uuid:0b3d5f7a-9c1e-4a2b-8d6f-1e3c5a7b9d2f",
      "resource": {
        "resourceType": "Appointment",
        "status": "booked",
        "serviceType": [{ "coding": [{ "system": "http://snomed.info/sct", "code": "394579002", "display": "Cardiology" }] }],
        "start": "2024-04-02T09:30:00+01:00",
        "end": "2024-04-02T09:50:00+01:00",
        "minutesDuration": 20,
        "participant": [
          { "actor": { "reference": "urn:uuid:7c1e9f4a-2b8d-4e6f-a05c-9b2d4e8f1a37", "display": "Gwendolyn Pryce" }, "status": "accepted" },
          { "actor": { "reference": "Practitioner/C4471208", "display": "Dr Oluwaseun Adebayo" }, "status": "accepted" },
          { "actor": { "reference": "Location/RUH-CARD-OPD2", "display": "Cardiology Outpatients, Room 2.14" }, "status": "accepted" }
        ]
      },
      "request": { "method": "POST", "url": "Appointment" }
    }
  ]
}`,
    // The NHS number is a national id (none of our types); the appointment start is not a birth date.
    expected: [
      ['PERSON', 'Pryce'],
      ['PERSON', 'Gwendolyn'],
      ['PERSON', 'Mary'],
      ['PHONE', '07825 331904'],
      ['EMAIL', 'g.pryce@btinternet.com'],
      ['DATE_OF_BIRTH', '1953-08-21'],
      ['PERSON', 'Kieran Doyle'],
      ['PERSON', 'Gwendolyn Pryce'],
      ['PERSON', 'Oluwaseun Adebayo'],
    ],
  },
  {
    name: 'NHS discharge summary with an NHS number in 3-3-4 groups, a ward named after a person and the next of kin',
    text: `DISCHARGE SUMMARY — Royal Kestrel Hospital NHS Trust
Patient: Mr Geoffrey Allardyce    Hospital No: RKH0048213    NHS No: 401 023 2137
DOB: 14/07/1949 (74 y)    Ward: Nightingale 3, Bed 12
Admitted: 04/03/2024 via ED    Discharged: 11/03/2024
Consultant: Dr Hannah Whitcombe (Respiratory)    Discharging doctor: Dr R. Menon, FY2

Diagnosis: community-acquired pneumonia (J18.9); background COPD (J44.9), T2DM (E11.9).
Summary: Mr Allardyce presented with 3 days of productive cough and SpO2 86% on air, CURB-65 score 2. Treated with IV co-amoxiclav, then oral doxycycline for 5 days. Plan discussed with his daughter, Fiona Allardyce (NOK), on 07825 114 392; she will stay with him for the first week.
Follow-up: respiratory clinic in 6 weeks. GP (Dr Sunita Bhatt, Widcombe Surgery, 01225 310 488): please repeat CXR in 6 weeks.`,
    // The NHS number is grouped like a phone number but is an id; admission and discharge dates are not births.
    expected: [
      ['PERSON', 'Geoffrey Allardyce'],
      ['DATE_OF_BIRTH', '14/07/1949'],
      ['PERSON', 'Hannah Whitcombe'],
      ['PERSON', 'R. Menon'],
      ['PERSON', 'Allardyce'],
      ['PERSON', 'Fiona Allardyce'],
      ['PHONE', '07825 114 392'],
      ['PERSON', 'Sunita Bhatt'],
      ['PHONE', '01225 310 488'],
    ],
  },
  {
    name: 'X12 837P professional claim excerpt with subscriber, demographics and an SSN reference',
    text: `ISA*00*          *00*          *ZZ*KESTRELFAM     *ZZ*AVAILITY       *240312*1015*^*00501*000004471*0*P*:~
GS*HC*KESTRELFAM*AVAILITY*20240312*1015*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*CLM4471*20240312*1015*CH~
NM1*41*2*KESTREL FAMILY CLINIC*****46*KFC0042~
PER*IC*JANELLE FORTIER*TE*4048723310*EM*JFORTIER@KESTRELFAMILYCLINIC.COM~
NM1*85*2*KESTREL FAMILY CLINIC*****XX*1457382916~
N3*1200 PEACHTREE ST NE~
N4*ATLANTA*GA*303092213~
REF*EI*582041937~
SBR*P*18*GRP00412******CI~
NM1*IL*1*BEAUCHAMP*LORRAINE****MI*XKP884120931~
N3*418 ELM ST~
N4*DECATUR*GA*300304412~
DMG*D8*19710311*F~
REF*SY*529441806~
CLM*PATACCT4471*412.5***11:B:1*Y*A*Y*Y~
HI*ABK:M5450*ABF:G8929~
NM1*82*1*OKAFOR*CHIDI****XX*1639271840~
LX*1~
SV1*HC:99214*185*UN*1***1~
DTP*472*D8*20240305~
SE*22*0001~`,
    // Family and given names are separate X12 elements; the EIN (REF*EI) and ZIP+4 codes are nine digits
    // but not SSNs; NPIs, member id, ICD and CPT codes and the date of service are not our types.
    expected: [
      ['PERSON', 'JANELLE FORTIER'],
      ['PHONE', '4048723310'],
      ['EMAIL', 'JFORTIER@KESTRELFAMILYCLINIC.COM'],
      ['PERSON', 'BEAUCHAMP'],
      ['PERSON', 'LORRAINE'],
      ['DATE_OF_BIRTH', '19710311'],
      ['US_SSN', '529441806'],
      ['PERSON', 'OKAFOR'],
      ['PERSON', 'CHIDI'],
    ],
  },
  {
    name: 'dcmdump of a CT study header with PN values in Family^Given form',
    text: `# Dicom-File-Format

# Dicom-Meta-Information-Header
# Used TransferSyntax: Little Endian Explicit
(0002,0003) UI [1.2.826.0.1.3680043.8.498.10486327715401844223157290211537412] #  62, 1 MediaStorageSOPInstanceUID
(0002,0013) SH [OFFIS_DCMTK_368]                        #  16, 1 ImplementationVersionName

# Dicom-Data-Set
# Used TransferSyntax: Little Endian Explicit
(0008,0020) DA [20240311]                               #   8, 1 StudyDate
(0008,0030) TM [142233.000]                             #  10, 1 StudyTime
(0008,0050) SH [ACC24031107]                            #  12, 1 AccessionNumber
(0008,0060) CS [CT]                                     #   2, 1 Modality
(0008,0080) LO [St Vincent's University Hospital]       #  32, 1 InstitutionName
(0008,0090) PN [Lindqvist^Ylva^^Dr]                     #  18, 1 ReferringPhysicianName
(0008,1030) LO [CT THORAX WITH CONTRAST]                #  24, 1 StudyDescription
(0008,1050) PN [Haddad^Omar]                            #  12, 1 PerformingPhysicianName
(0010,0010) PN [BRENNAN^SIOBHAN]                        #  16, 1 PatientName
(0010,0020) LO [SVUH2048821]                            #  12, 1 PatientID
(0010,0030) DA [19780412]                               #   8, 1 PatientBirthDate
(0010,0040) CS [F]                                      #   2, 1 PatientSex
(0010,1010) AS [045Y]                                   #   4, 1 PatientAge
(0010,1030) DS [68]                                     #   2, 1 PatientWeight
(0010,2154) SH [+353 87 214 6639]                       #  16, 1 PatientTelephoneNumbers
(0018,0015) CS [CHEST]                                  #   6, 1 BodyPartExamined
(0020,000d) UI [1.2.826.0.1.3680043.8.498.77120493856620418837215403] #  54, 1 StudyInstanceUID
(0032,1032) PN [Nair^Priya]                             #  10, 1 RequestingPhysician`,
    // A PN value is one name; the prefix component (^^Dr) is a title. The study date, age and UIDs are not ours.
    expected: [
      ['PERSON', 'Lindqvist^Ylva'],
      ['PERSON', 'Haddad^Omar'],
      ['PERSON', 'BRENNAN^SIOBHAN'],
      ['DATE_OF_BIRTH', '19780412'],
      ['PHONE', '+353 87 214 6639'],
      ['PERSON', 'Nair^Priya'],
    ],
  },
  {
    name: 'patient-portal message thread with a pharmacy phone, a nurse signature and an identity check',
    text: `Kestrel Health MyChart — Message thread
Subject: Refill + question about my lab results

From: Rosalind Achebe   Sent: 3/12/2024 7:48 AM
To: Dr. Halvorsen's care team
Hi, I saw my cholesterol came back high. Should I restart the atorvastatin? My pharmacy changed, it's now the Walgreens on Ponce de Leon Ave, (404) 875-0122. You can call me on my cell 404-631-2958 after 4pm.
Rosalind

From: Tanya Brooks, RN   Sent: 3/12/2024 11:02 AM
Hi Rosalind, Dr. Halvorsen reviewed your results and sent atorvastatin 20 mg to the new pharmacy. Please book a fasting recheck in 3 months (appointment line 404-778-2300). For your security we confirmed your date of birth (03/17/1982) before replying here.
Tanya Brooks, RN
Kestrel Family Medicine · Suite 210`,
    // Walgreens and Ponce de Leon Ave are a company and a street named after people.
    expected: [
      ['PERSON', 'Rosalind Achebe'],
      ['PERSON', 'Halvorsen'],
      ['PHONE', '(404) 875-0122'],
      ['PHONE', '404-631-2958'],
      ['PERSON', 'Rosalind'],
      ['PERSON', 'Tanya Brooks'],
      ['PERSON', 'Rosalind'],
      ['PERSON', 'Halvorsen'],
      ['PHONE', '404-778-2300'],
      ['DATE_OF_BIRTH', '03/17/1982'],
      ['PERSON', 'Tanya Brooks'],
    ],
  },
  {
    name: 'pharmacy refill log CSV with "Last, First" patients, prescribers, NDC and DEA numbers',
    text: `rx_number,fill_date,patient_name,patient_dob,drug,ndc,qty,days_supply,prescriber,prescriber_npi,prescriber_dea,patient_phone,status,notes
RX7712049,2024-03-11,"Dawson, Craig",1979-01-30,Lisinopril 10 mg tab,68180-0514-01,90,90,Dr. Amara Osei,1902847316,BO4471208,(702) 814-2231,PICKED_UP,
RX7712061,2024-03-11,"Iwu, Chinelo",1988-09-14,Sertraline 50 mg tab,16729-0213-10,30,30,Dr. Amara Osei,1902847316,BO4471208,702.593.1184,READY,
RX7712077,2024-03-11,"Petrakis, George",1957-04-02,Metformin ER 500 mg tab,00093-7212-01,180,90,Dr. Kevin Lau,1578204693,BL9023417,,REFILL_TOO_SOON,next eligible 2024-03-18; left VM for pt at 725-261-0448
RX7712083,2024-03-12,"Iwu, Chinelo",1988-09-14,Hydroxyzine 25 mg tab,00591-5335-01,20,10,Dr. Amara Osei,1902847316,BO4471208,702.593.1184,ON_HOLD,insurance PA pending (BIN 610014 PCN MEDDPRIME)`,
    expected: [
      ['PERSON', 'Dawson, Craig'],
      ['DATE_OF_BIRTH', '1979-01-30'],
      ['PERSON', 'Amara Osei'],
      ['PHONE', '(702) 814-2231'],
      ['PERSON', 'Iwu, Chinelo'],
      ['DATE_OF_BIRTH', '1988-09-14'],
      ['PERSON', 'Amara Osei'],
      ['PHONE', '702.593.1184'],
      ['PERSON', 'Petrakis, George'],
      ['DATE_OF_BIRTH', '1957-04-02'],
      ['PERSON', 'Kevin Lau'],
      ['PHONE', '725-261-0448'],
      ['PERSON', 'Iwu, Chinelo'],
      ['DATE_OF_BIRTH', '1988-09-14'],
      ['PERSON', 'Amara Osei'],
      ['PHONE', '702.593.1184'],
    ],
  },
  {
    name: 'French rheumatology consultation report with a NIR, a building named after a person and a copy line',
    text: `CENTRE HOSPITALIER DE NANTES — Service de Rhumatologie
Compte rendu de consultation du 08/03/2024

Patient : M. Bernard Lefebvre-Caron, né le 17/10/1956 (67 ans)
N° IPP : 004821377    N° de sécurité sociale : 1 56 10 44 109 233 71
Adressé par : Dr Nathalie Guérin, médecin traitant, 02 40 48 12 77

Motif : gonalgie droite mécanique évoluant depuis 6 mois, sans notion de traumatisme.
Examen : épanchement modéré, flexion limitée à 110°. Radiographies : pincement fémoro-tibial interne.
Conclusion : gonarthrose fémoro-tibiale interne droite (M17.1). Infiltration proposée.
Prochain RDV le 12/04/2024 à 14h30, bâtiment Jean Monnet, 3e étage.

Dr Pierre-Yves Le Goff, rhumatologue — secrétariat 02 40 08 33 61
Copie : Dr Guérin ; patient (bernard.lefebvre56@orange.fr)`,
    // The NIR and IPP are ids (not our types); the building is named after a person, it is not one.
    expected: [
      ['PERSON', 'Bernard Lefebvre-Caron'],
      ['DATE_OF_BIRTH', '17/10/1956'],
      ['PERSON', 'Nathalie Guérin'],
      ['PHONE', '02 40 48 12 77'],
      ['PERSON', 'Pierre-Yves Le Goff'],
      ['PHONE', '02 40 08 33 61'],
      ['PERSON', 'Guérin'],
      ['EMAIL', 'bernard.lefebvre56@orange.fr'],
    ],
  },
  {
    name: 'Indian hospital in-patient admission record with a masked Aadhaar, UHID and policy number',
    text: `SRI KESTREL MULTISPECIALITY HOSPITAL, JAYANAGAR, BENGALURU
IN-PATIENT ADMISSION RECORD
UHID: SKH/2024/0048213        IP No.: IP24-11872        Admission: 11-03-2024 21:40
Patient Name: Mr. Venkatesh Iyer        Age/Sex: 62 Y / M        DOB: 05-08-1961
Mobile: 98451 22093        Alt. Mobile: +91 80 2663 4471 (residence)
Address: No. 14, 3rd Cross, 9th Block, Jayanagar, Bengaluru 560069
Aadhaar: XXXX XXXX 7731        Payer: Star Health Insurance, Policy No. P/141121/01/2024/004821
Attendant: Lakshmi Iyer (wife), 99001 47285
Consultant: Dr. K. Ramesh Babu, MD (Cardiology)        Bed: CCU-07
Provisional Dx: Acute inferior wall MI (I21.1)`,
    expected: [
      ['PERSON', 'Venkatesh Iyer'],
      ['DATE_OF_BIRTH', '05-08-1961'],
      ['PHONE', '98451 22093'],
      ['PHONE', '+91 80 2663 4471'],
      ['PERSON', 'Lakshmi Iyer'],
      ['PHONE', '99001 47285'],
      ['PERSON', 'K. Ramesh Babu'],
    ],
  },
  // ---------------------------------------------------------------- HR and recruiting
  {
    name: 'Greenhouse candidate export CSV with recruiters and companies named after their founders',
    text: `Candidate ID,First Name,Last Name,Email,Phone,Current Company,Current Title,Job,Stage,Source,Recruiter,Coordinator,Applied On,Last Activity
48213771,Aisling,Moriarty,aisling.moriarty@gmail.com,+353 86 441 2907,Ernst & Young,Senior Data Analyst,Analytics Engineer (Dublin),Onsite Interview,LinkedIn,Rohan Mehta,Claire Dubois,2024-02-19,2024-03-11
48213802,Tobias,Lindgren,tobias.lindgren@outlook.com,+46 73 218 44 90,Procter & Gamble,Data Engineer,Analytics Engineer (Dublin),Application Review,Referral (Claire Dubois),Rohan Mehta,,2024-03-04,2024-03-04
48213915,Chinonso,Eze-Williams,,07911 482 336,Marks & Spencer,BI Developer,Analytics Engineer (London),Offer,Agency: Hays,Rohan Mehta,Claire Dubois,2024-01-22,2024-03-08`,
    expected: [
      ['PERSON', 'Aisling'],
      ['PERSON', 'Moriarty'],
      ['EMAIL', 'aisling.moriarty@gmail.com'],
      ['PHONE', '+353 86 441 2907'],
      ['PERSON', 'Rohan Mehta'],
      ['PERSON', 'Claire Dubois'],
      ['PERSON', 'Tobias'],
      ['PERSON', 'Lindgren'],
      ['EMAIL', 'tobias.lindgren@outlook.com'],
      ['PHONE', '+46 73 218 44 90'],
      ['PERSON', 'Claire Dubois'],
      ['PERSON', 'Rohan Mehta'],
      ['PERSON', 'Chinonso'],
      ['PERSON', 'Eze-Williams'],
      ['PHONE', '07911 482 336'],
      ['PERSON', 'Rohan Mehta'],
      ['PERSON', 'Claire Dubois'],
    ],
  },
  {
    name: 'German CV (Lebenslauf) with a contact block, employers named after families and a referee',
    text: `LEBENSLAUF

Persönliche Daten
Name:            Jonas Achterberg
Geburtsdatum:    02.11.1991 in Bielefeld
Anschrift:       Stapenhorststraße 41, 33615 Bielefeld
Telefon:         +49 521 4478 2210
Mobil:           0170 4829113
E-Mail:          jonas.achterberg@posteo.de
LinkedIn:        linkedin.com/in/jonas-achterberg-7b2a91

Berufserfahrung
04/2021 – heute     Data Engineer, Dr. Oetker Digital GmbH, Bielefeld
09/2017 – 03/2021   BI-Entwickler, Bertelsmann SE & Co. KGaA, Gütersloh

Ausbildung
10/2012 – 08/2017   M.Sc. Informatik, Universität Bielefeld

Referenzen
Prof. Dr. Katrin Vossberg, Universität Bielefeld, katrin.vossberg@uni-bielefeld.de`,
    // The LinkedIn slug is a handle; Dr. Oetker and Bertelsmann are companies.
    expected: [
      ['PERSON', 'Jonas Achterberg'],
      ['DATE_OF_BIRTH', '02.11.1991'],
      ['PHONE', '+49 521 4478 2210'],
      ['PHONE', '0170 4829113'],
      ['EMAIL', 'jonas.achterberg@posteo.de'],
      ['PERSON', 'Katrin Vossberg'],
      ['EMAIL', 'katrin.vossberg@uni-bielefeld.de'],
    ],
  },
  {
    name: 'LinkedIn Connections.csv export with its notes preamble, profile URLs and missing e-mails',
    text: `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Priyanka,Raghunathan,https://www.linkedin.com/in/priyanka-raghunathan-0a1b2c,,Infosys,Senior Consultant,11 Mar 2024
Mateus,Albuquerque,https://www.linkedin.com/in/mateusalbuquerque,mateus.albuquerque@hotmail.com,Nubank,Staff Data Scientist,04 Mar 2024
Sinéad,Ní Bhriain,https://www.linkedin.com/in/sineadnibhriain,,Accenture,Talent Acquisition Partner,28 Feb 2024
Kofi,Boateng,https://www.linkedin.com/in/kofi-boateng-4471,kofi.boateng@ashesi.edu.gh,Ashesi University,Lecturer,19 Feb 2024`,
    // Profile URLs carry handles, not names; Connected On is not a birth date.
    expected: [
      ['PERSON', 'Priyanka'],
      ['PERSON', 'Raghunathan'],
      ['PERSON', 'Mateus'],
      ['PERSON', 'Albuquerque'],
      ['EMAIL', 'mateus.albuquerque@hotmail.com'],
      ['PERSON', 'Sinéad'],
      ['PERSON', 'Ní Bhriain'],
      ['PERSON', 'Kofi'],
      ['PERSON', 'Boateng'],
      ['EMAIL', 'kofi.boateng@ashesi.edu.gh'],
    ],
  },
  {
    name: 'org chart tree of an Indian office with employee ids, extensions and a role mailbox',
    text: `Org chart — Kestrel Analytics India Pvt. Ltd., Bengaluru (as of 12-Mar-2024)

Arvind Krishnamurthy — Country Head (EMP-10012) · arvind.k@kestrel.in · +91 99001 28734
├── Meenakshi Sundaram — Head, Data Engineering (EMP-10047) · ext. 4417
│   ├── Rahul Deshpande — Lead Engineer (EMP-10231) · rahul.deshpande@kestrel.in
│   └── Farheen Qureshi — Senior Engineer (EMP-10388) · on maternity leave till 30-Apr-2024
├── Gurpreet Kaur Bains — Head, People & Culture (EMP-10058) · hr.india@kestrel.in · 080 4123 7788
│   └── (vacant) — HR Business Partner (Req. 2024-BLR-017)
└── Sandeep Nair — Finance Controller (EMP-10063) · sandeep.nair@kestrel.in · +91 98861 40257`,
    expected: [
      ['PERSON', 'Arvind Krishnamurthy'],
      ['EMAIL', 'arvind.k@kestrel.in'],
      ['PHONE', '+91 99001 28734'],
      ['PERSON', 'Meenakshi Sundaram'],
      ['PERSON', 'Rahul Deshpande'],
      ['EMAIL', 'rahul.deshpande@kestrel.in'],
      ['PERSON', 'Farheen Qureshi'],
      ['PERSON', 'Gurpreet Kaur Bains'],
      ['EMAIL', 'hr.india@kestrel.in'],
      ['PHONE', '080 4123 7788'],
      ['PERSON', 'Sandeep Nair'],
      ['EMAIL', 'sandeep.nair@kestrel.in'],
      ['PHONE', '+91 98861 40257'],
    ],
  },
  {
    name: 'Spanish employee onboarding form with separate name fields, DNI, payroll IBAN and a first password',
    text: `FORMULARIO DE ALTA DE EMPLEADO — Kestrel Iberia S.L. (Recursos Humanos)

Nombre: María del Carmen
Apellidos: Ortega Valdivia
DNI/NIE: 48217736K
Nº afiliación Seguridad Social: 28 4471209318
Fecha de nacimiento: 07/05/1989
Teléfono móvil: +34 655 21 87 40
Correo personal: mcarmen.ortega89@yahoo.es
Cuenta para la nómina (IBAN): ES67 2100 3812 7502 0144 7726
Fecha de incorporación: 01/04/2024   Puesto: Analista de datos   Centro: Madrid (Castellana 95)

Contacto de emergencia: Andrés Ortega Ruiz (padre) — 91 447 28 13

Credenciales iniciales (cambiar en el primer acceso): usuario mcortega / contraseña Kestrel-Alta-7731`,
    // DNI and social-security numbers are national ids (none of our types); mcortega is a user name.
    expected: [
      ['PERSON', 'María del Carmen'],
      ['PERSON', 'Ortega Valdivia'],
      ['DATE_OF_BIRTH', '07/05/1989'],
      ['PHONE', '+34 655 21 87 40'],
      ['EMAIL', 'mcarmen.ortega89@yahoo.es'],
      ['IBAN', 'ES67 2100 3812 7502 0144 7726'],
      ['PERSON', 'Andrés Ortega Ruiz'],
      ['PHONE', '91 447 28 13'],
      ['SECRET', 'Kestrel-Alta-7731'],
    ],
  },
  {
    name: 'reference-check e-mail from a recruiter to a referee, with greeting, sign-off and signature',
    text: `From: Rohan Mehta <rohan.mehta@kestrel.io>
To: Deirdre Callaghan <d.callaghan@brightwave.ie>
Date: Tue, 12 Mar 2024 09:41:07 +0000
Subject: Reference request — Aisling Moriarty

Hi Deirdre,

Aisling Moriarty has applied for an Analytics Engineer role with us and named you as a referee (she reported to you at Brightwave from 2019 to 2023). Would you have 15 minutes this week? I can call you on +353 1 677 4120 or on whichever number suits you better.

We would like to cover her role and responsibilities, her reasons for leaving, and whether you would hire her again.

Thanks,
Rohan

--
Rohan Mehta | Senior Technical Recruiter | Kestrel
M: +44 7481 220 913`,
    expected: [
      ['PERSON', 'Rohan Mehta'],
      ['EMAIL', 'rohan.mehta@kestrel.io'],
      ['PERSON', 'Deirdre Callaghan'],
      ['EMAIL', 'd.callaghan@brightwave.ie'],
      ['PERSON', 'Aisling Moriarty'],
      ['PERSON', 'Deirdre'],
      ['PERSON', 'Aisling Moriarty'],
      ['PHONE', '+353 1 677 4120'],
      ['PERSON', 'Rohan'],
      ['PERSON', 'Rohan Mehta'],
      ['PHONE', '+44 7481 220 913'],
    ],
  },
  {
    name: 'Workday worker fetched with a bearer token: legal and preferred names, SSN, manager and emergency contact',
    text: `$ curl -s -H "Authorization: Bearer ${workdayToken}" "https://wd5-services1.myworkday.com/ccx/api/staffing/v6/kestrel/workers/3aa5550b7fe348b98d7b5741afc65534?view=full" | jq .
{
  "id": "3aa5550b7fe348b98d7b5741afc65534",
  "Worker_ID": "100482",
  "Worker_Type": "Employee",
  "Legal_Name": { "First_Name": "Marcus", "Middle_Name": "Olusegun", "Last_Name": "Adeleke-Hart" },
  "Preferred_Name": { "First_Name": "Marc", "Last_Name": "Adeleke-Hart" },
  "Personal_Data": {
    "Date_of_Birth": "1986-02-14",
    "Gender": "Male",
    "National_ID": { "Type": "USA-SSN", "ID": "284-19-6673" },
    "Home_Phone": "+1 (614) 382-9104",
    "Personal_Email": "marcus.adeleke@icloud.com"
  },
  "Employment_Data": {
    "Hire_Date": "2019-06-03",
    "Position": "Senior Payroll Analyst",
    "Cost_Center": "CC-4410 Finance Ops",
    "Work_Email": "marc.adeleke-hart@kestrel.io",
    "Manager": { "Worker_ID": "100019", "Descriptor": "Helen Strickland" },
    "Location": "Columbus - Easton Town Center"
  },
  "Emergency_Contacts": [{ "Name": "Yetunde Adeleke", "Relationship": "Spouse", "Phone": "(614) 382-9177", "Primary": true }]
}`,
    expected: [
      ['SECRET', workdayToken],
      ['PERSON', 'Marcus'],
      ['PERSON', 'Olusegun'],
      ['PERSON', 'Adeleke-Hart'],
      ['PERSON', 'Marc'],
      ['PERSON', 'Adeleke-Hart'],
      ['DATE_OF_BIRTH', '1986-02-14'],
      ['US_SSN', '284-19-6673'],
      ['PHONE', '+1 (614) 382-9104'],
      ['EMAIL', 'marcus.adeleke@icloud.com'],
      ['EMAIL', 'marc.adeleke-hart@kestrel.io'],
      ['PERSON', 'Helen Strickland'],
      ['PERSON', 'Yetunde Adeleke'],
      ['PHONE', '(614) 382-9177'],
    ],
  },
  // ---------------------------------------------------------------- education
  {
    name: 'PowerSchool student export (tab-separated) with guardians, cells and m/d/yyyy birth dates',
    text: `Student_Number\tLast_Name\tFirst_Name\tDOB\tGrade_Level\tHome_Room\tMother\tMother_Cell\tFather\tFather_Cell\tGuardian_Email\tEnroll_Status
204471\tKerr\tMason\t9/4/2011\t8\t214\tLeanne Kerr\t(317) 448-2091\tDarren Kerr\t(317) 448-7723\tlkerr.family@gmail.com\t0
204488\tVillanueva\tSofia\t1/17/2012\t7\t108\tMarisol Villanueva\t317.592.0346\t\t\tm.villanueva@att.net\t0
204502\tOkonjo\tTobenna\t11/30/2010\t8\t214\tAdaora Okonjo\t(463) 219-4408\tEmeka Okonjo\t(463) 219-4410\tadaora.okonjo@yahoo.com\t0`,
    expected: [
      ['PERSON', 'Kerr'],
      ['PERSON', 'Mason'],
      ['DATE_OF_BIRTH', '9/4/2011'],
      ['PERSON', 'Leanne Kerr'],
      ['PHONE', '(317) 448-2091'],
      ['PERSON', 'Darren Kerr'],
      ['PHONE', '(317) 448-7723'],
      ['EMAIL', 'lkerr.family@gmail.com'],
      ['PERSON', 'Villanueva'],
      ['PERSON', 'Sofia'],
      ['DATE_OF_BIRTH', '1/17/2012'],
      ['PERSON', 'Marisol Villanueva'],
      ['PHONE', '317.592.0346'],
      ['EMAIL', 'm.villanueva@att.net'],
      ['PERSON', 'Okonjo'],
      ['PERSON', 'Tobenna'],
      ['DATE_OF_BIRTH', '11/30/2010'],
      ['PERSON', 'Adaora Okonjo'],
      ['PHONE', '(463) 219-4408'],
      ['PERSON', 'Emeka Okonjo'],
      ['PHONE', '(463) 219-4410'],
      ['EMAIL', 'adaora.okonjo@yahoo.com'],
    ],
  },
  {
    name: 'Canvas gradebook CSV export with "Last, First" students, SIS logins and the Test Student row',
    text: `Student,ID,SIS User ID,SIS Login ID,Section,Essay 1 (4412),Quiz 3 (4419),Midterm (4425),Current Score,Final Score
    Points Possible,,,,,100.00,20.00,150.00,(read only),(read only)
"Okafor, Chidinma",118204,S0048213,cokafor@stu.ridgeview.edu,ENG 101-03,88.00,17.50,132.00,88.6,88.6
"Thompson-Reyes, Gabriel",118233,S0048271,gthompsonreyes@stu.ridgeview.edu,ENG 101-03,72.00,,118.50,77.4,71.2
"Nguyen, Bao Tran",118260,S0048302,bnguyen@stu.ridgeview.edu,ENG 101-03,95.00,19.00,141.00,94.7,94.7
Test Student,120001,,0fa1b2c3-test,ENG 101-03,0.00,0.00,0.00,0.00,0.00`,
    // Test Student is Canvas's built-in student view account; ids and scores are not ours.
    expected: [
      ['PERSON', 'Okafor, Chidinma'],
      ['EMAIL', 'cokafor@stu.ridgeview.edu'],
      ['PERSON', 'Thompson-Reyes, Gabriel'],
      ['EMAIL', 'gthompsonreyes@stu.ridgeview.edu'],
      ['PERSON', 'Nguyen, Bao Tran'],
      ['EMAIL', 'bnguyen@stu.ridgeview.edu'],
    ],
  },
  {
    name: 'Moodle log export with Italian headers, affected users, IP addresses and the Admin User account',
    text: `Ora,Nome completo,Utente coinvolto,Contesto dell'evento,Componente,Nome evento,Descrizione,Origine,Indirizzo IP
"12/03/24, 09:14",Giulia Ferraro,-,"Corso: Statistica I (2023/24)",Sistema,Corso visualizzato,The user with id '4812' viewed the course with id '233'.,web,151.38.122.47
"12/03/24, 09:16",Giulia Ferraro,-,"Quiz: Verifica intermedia 2",Quiz,Tentativo consegnato,The user with id '4812' has submitted the attempt with id '90211' for the quiz with course module id '1187'.,web,151.38.122.47
"12/03/24, 09:22",Alessandro Bellini,Giulia Ferraro,"Quiz: Verifica intermedia 2",Quiz,Tentativo revisionato,The user with id '301' has reviewed the attempt with id '90211' belonging to the user with id '4812' for the quiz with course module id '1187'.,web,93.34.17.208
"12/03/24, 09:40",Admin User,Matteo Lombardi,Sistema,Sistema,Password utente aggiornata,The user with id '2' changed the password for the user with id '4830'.,cli,10.12.4.8`,
    // Admin User is Moodle's default name for the site administrator account.
    expected: [
      ['PERSON', 'Giulia Ferraro'],
      ['IP_ADDRESS', '151.38.122.47'],
      ['PERSON', 'Giulia Ferraro'],
      ['IP_ADDRESS', '151.38.122.47'],
      ['PERSON', 'Alessandro Bellini'],
      ['PERSON', 'Giulia Ferraro'],
      ['IP_ADDRESS', '93.34.17.208'],
      ['PERSON', 'Matteo Lombardi'],
      ['IP_ADDRESS', '10.12.4.8'],
    ],
  },
  {
    name: 'Polish class parent contact list with pupils, parents, mobile and landline formats',
    text: `Klasa 3b — lista kontaktowa rodziców (rok szkolny 2023/2024)
Wychowawczyni: mgr Agnieszka Wróblewska, tel. 512 774 109, a.wroblewska@sp12.krakow.pl

Lp. | Uczeń              | Rodzic/opiekun        | Telefon             | E-mail
1   | Zuzanna Kowalczyk  | Marta Kowalczyk       | 602 418 337         | marta.kowalczyk@onet.pl
2   | Antoni Zieliński   | Paweł Zieliński       | +48 691 205 448     | pzielinski82@wp.pl
3   | Hanna Dąbrowska    | Ewa Dąbrowska-Nowak   | 501-883-216         | —
4   | Filip Szymański    | Tomasz Szymański      | 12 633 41 07 (dom)  | t.szymanski@interia.pl

Zebranie z rodzicami: 19.03.2024, godz. 17:00, sala 14.`,
    expected: [
      ['PERSON', 'Agnieszka Wróblewska'],
      ['PHONE', '512 774 109'],
      ['EMAIL', 'a.wroblewska@sp12.krakow.pl'],
      ['PERSON', 'Zuzanna Kowalczyk'],
      ['PERSON', 'Marta Kowalczyk'],
      ['PHONE', '602 418 337'],
      ['EMAIL', 'marta.kowalczyk@onet.pl'],
      ['PERSON', 'Antoni Zieliński'],
      ['PERSON', 'Paweł Zieliński'],
      ['PHONE', '+48 691 205 448'],
      ['EMAIL', 'pzielinski82@wp.pl'],
      ['PERSON', 'Hanna Dąbrowska'],
      ['PERSON', 'Ewa Dąbrowska-Nowak'],
      ['PHONE', '501-883-216'],
      ['PERSON', 'Filip Szymański'],
      ['PERSON', 'Tomasz Szymański'],
      ['PHONE', '12 633 41 07'],
      ['EMAIL', 't.szymanski@interia.pl'],
    ],
  },
  {
    name: 'UK school behaviour incident log with pupils named by given name after the first mention',
    text: `Behaviour incident — Ridgeway Academy (CPOMS export)
Date/time: 11/03/2024 12:40   Location: Canteen   Logged by: Ms T. Adeyemi (Head of Year 8)
Pupil: Mason Kerr (8JW, UPN H801200041023)   DOB: 04/09/2011
Other pupils involved: Leo Fairbanks (8RS), Amira Haddad (8JW)

Summary: Mason pushed Leo into a table after an argument over a phone. Leo has a graze to his left forearm; first aid given by Mr Okoro in the medical room. Amira witnessed it and gave a written statement.
Actions: Mason to spend 12/03 in the reflection room. Mrs Kerr phoned at 14:05 on 07934 118 205 and will come in on Thursday. Leo's dad (Mr Fairbanks) informed by e-mail to g.fairbanks@sky.com.
Safeguarding concerns: none. Incident ref 2024-0311-118.`,
    expected: [
      ['PERSON', 'T. Adeyemi'],
      ['PERSON', 'Mason Kerr'],
      ['DATE_OF_BIRTH', '04/09/2011'],
      ['PERSON', 'Leo Fairbanks'],
      ['PERSON', 'Amira Haddad'],
      ['PERSON', 'Mason'],
      ['PERSON', 'Leo'],
      ['PERSON', 'Leo'],
      ['PERSON', 'Okoro'],
      ['PERSON', 'Amira'],
      ['PERSON', 'Mason'],
      ['PERSON', 'Kerr'],
      ['PHONE', '07934 118 205'],
      ['PERSON', 'Leo'],
      ['PERSON', 'Fairbanks'],
      ['EMAIL', 'g.fairbanks@sky.com'],
    ],
  },
  {
    name: 'Dutch childcare enrolment form with a BSN, parents, an SEPA mandate IBAN and a GP practice',
    text: `Inschrijfformulier Kinderopvang De Vlinderhof

Gegevens kind
  Achternaam: de Groot          Voornamen: Noor Elisabeth
  Geboortedatum: 03-06-2022     BSN: 204817736
  Gewenste startdatum: 01-05-2024, dagen: ma, di, do

Gegevens ouder/verzorger 1
  Naam: Jeroen de Groot         Telefoon: 06 4127 8830      E-mail: jeroen.degroot@ziggo.nl
Gegevens ouder/verzorger 2
  Naam: Fatima el Amrani        Telefoon: 06-29145508

Machtiging SEPA-incasso: IBAN NL83 RABO 1548 3022 79 t.n.v. J. de Groot
Huisarts: Huisartsenpraktijk Van Dijk, 020-5217745`,
    // The BSN is a national id (none of our types); the practice is named after its founder.
    expected: [
      ['PERSON', 'de Groot'],
      ['PERSON', 'Noor Elisabeth'],
      ['DATE_OF_BIRTH', '03-06-2022'],
      ['PERSON', 'Jeroen de Groot'],
      ['PHONE', '06 4127 8830'],
      ['EMAIL', 'jeroen.degroot@ziggo.nl'],
      ['PERSON', 'Fatima el Amrani'],
      ['PHONE', '06-29145508'],
      ['IBAN', 'NL83 RABO 1548 3022 79'],
      ['PERSON', 'J. de Groot'],
      ['PHONE', '020-5217745'],
    ],
  },
  // ---------------------------------------------------------------- telecom and messaging
  {
    name: 'mobile call detail records with E.164 numbers, an emergency short code, IMSI and a Luhn-valid IMEI',
    text: `record_type,call_id,start_time_utc,duration_s,calling_number,called_number,redirecting_number,imsi,imei,cell_id,lac,disposition
MOC,7f3e9a1c-0001,2024-03-12T08:14:22Z,184,+4917012384471,+4930868741203,,262071234987650,352099001761481,41227,3301,ANSWERED
MTC,7f3e9a1c-0002,2024-03-12T08:19:05Z,0,+4915904418832,+4917012384471,,262071234987650,352099001761481,41227,3301,NO_ANSWER
MOC,7f3e9a1c-0003,2024-03-12T08:21:40Z,47,+4917012384471,+4989218040,+498921804471,262071234987650,352099001761481,41229,3301,FORWARDED
SMS-MO,7f3e9a1c-0004,2024-03-12T08:30:02Z,,+4917012384471,+4917738209153,,262071234987650,352099001761481,41229,3301,DELIVERED
MOC,7f3e9a1c-0005,2024-03-12T08:45:13Z,12,+4917012384471,112,,262071234987650,352099001761481,41229,3301,ANSWERED`,
    // The IMEI passes Luhn by design: it is a device id, not a card. 112 is the emergency number.
    expected: [
      ['PHONE', '+4917012384471'],
      ['PHONE', '+4930868741203'],
      ['PHONE', '+4915904418832'],
      ['PHONE', '+4917012384471'],
      ['PHONE', '+4917012384471'],
      ['PHONE', '+4989218040'],
      ['PHONE', '+498921804471'],
      ['PHONE', '+4917012384471'],
      ['PHONE', '+4917738209153'],
      ['PHONE', '+4917012384471'],
    ],
  },
  {
    name: 'Twilio inbound SMS webhook, form-encoded, with a name and a birth date in the body',
    text: `POST /sms/inbound HTTP/1.1
Host: hooks.kestrel-dental.com
Content-Type: application/x-www-form-urlencoded
X-Twilio-Signature: 3qT9mL2xR7vWc4KbNd8Yf3Hj1sA=
I-Twilio-Idempotency-Token: 5e7a9c1b-3d5f-4e7a-9c1b-3d5f7a9c1b3d

ToCountry=US&ToState=CA&SmsMessageSid=SM8f2a7c1e9b3d4f6a0c5e2b8d1f7a3c9e&NumMedia=0&ToCity=SAN+DIEGO&FromZip=92104&SmsSid=SM8f2a7c1e9b3d4f6a0c5e2b8d1f7a3c9e&FromState=CA&SmsStatus=received&FromCity=SAN+DIEGO&Body=Hi+this+is+Dana+Whitfield%2C+can+I+move+my+cleaning+to+3%2F19%3F+My+DOB+is+08%2F02%2F1975+if+you+need+it&FromCountry=US&To=%2B16193047781&MessagingServiceSid=MG2d1b9f7e3a604f6a8c5e7a2c9e410b3d&ToZip=92101&NumSegments=1&MessageSid=SM8f2a7c1e9b3d4f6a0c5e2b8d1f7a3c9e&AccountSid=AC7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c&From=%2B16198402271&ApiVersion=2010-04-01`,
    // An encoded value's span is its encoded form; the signature is an HMAC of the request, not a credential.
    expected: [
      ['PERSON', 'Dana+Whitfield'],
      ['DATE_OF_BIRTH', '08%2F02%2F1975'],
      ['PHONE', '%2B16193047781'],
      ['PHONE', '%2B16198402271'],
    ],
  },
  {
    name: 'Twilio Messages API call with the auth token on the command line and its JSON response',
    text: `$ curl -s -X POST "https://api.twilio.com/2010-04-01/Accounts/AC7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c/Messages.json" \\
    --data-urlencode "To=+447723018844" \\
    --data-urlencode "From=+447480725531" \\
    --data-urlencode "Body=Hi Priya, your appointment with Dr Haddad on Tue 19 Mar at 10:40 is confirmed. Reply C to cancel." \\
    -u "AC7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c:${twilioToken}"
{"account_sid": "AC7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c", "api_version": "2010-04-01", "body": "Hi Priya, your appointment with Dr Haddad on Tue 19 Mar at 10:40 is confirmed. Reply C to cancel.", "date_created": "Tue, 12 Mar 2024 10:15:02 +0000", "date_sent": null, "date_updated": "Tue, 12 Mar 2024 10:15:02 +0000", "direction": "outbound-api", "error_code": null, "error_message": null, "from": "+447480725531", "messaging_service_sid": null, "num_media": "0", "num_segments": "1", "price": null, "price_unit": "GBP", "sid": "SM4e8f1a377c1e4f9aa05c9b2d2b8d3e6f", "status": "queued", "to": "+447723018844", "uri": "/2010-04-01/Accounts/AC7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c/Messages/SM4e8f1a377c1e4f9aa05c9b2d2b8d3e6f.json"}`,
    // Priya is never named in full, so her given name alone is not labelled; the account SID is an identifier.
    expected: [
      ['PHONE', '+447723018844'],
      ['PHONE', '+447480725531'],
      ['PERSON', 'Haddad'],
      ['SECRET', twilioToken],
      ['PERSON', 'Haddad'],
      ['PHONE', '+447480725531'],
      ['PHONE', '+447723018844'],
    ],
  },
  {
    name: 'WhatsApp iOS chat export in Brazilian Portuguese with an unsaved contact number as the sender and a CPF',
    text: `[12/03/24, 09:14:22] Mariana Lopes: Bom dia! Aqui é da Clínica Sorriso Kids, confirmando a consulta do Lucas Ferreira Batista amanhã às 15h 😊
[12/03/24, 09:15:03] +55 21 99841-2276: Bom dia, Mariana! Confirmado. O Lucas nasceu em 14/05/2014, precisa atualizar a ficha?
[12/03/24, 09:16:47] Mariana Lopes: Sim, por favor. Preciso também do CPF do responsável
[12/03/24, 09:18:10] +55 21 99841-2276: Meu CPF é 347.219.806-41, sou a mãe dele, Renata Ferreira Batista
[12/03/24, 09:18:31] +55 21 99841-2276: \u200e<anexado: 00000031-PHOTO-2024-03-12-09-18-31.jpg>
[12/03/24, 09:19:55] Mariana Lopes: Perfeito, Renata! Qualquer coisa me liga no (21) 3322-4180`,
    // The CPF is a national id (none of our types).
    expected: [
      ['PERSON', 'Mariana Lopes'],
      ['PERSON', 'Lucas Ferreira Batista'],
      ['PHONE', '+55 21 99841-2276'],
      ['PERSON', 'Mariana'],
      ['PERSON', 'Lucas'],
      ['DATE_OF_BIRTH', '14/05/2014'],
      ['PERSON', 'Mariana Lopes'],
      ['PHONE', '+55 21 99841-2276'],
      ['PERSON', 'Renata Ferreira Batista'],
      ['PHONE', '+55 21 99841-2276'],
      ['PERSON', 'Mariana Lopes'],
      ['PERSON', 'Renata'],
      ['PHONE', '(21) 3322-4180'],
    ],
  },
  {
    name: 'voicemail-to-email notification with a machine transcription naming the caller and her husband',
    text: `Subject: New Voice Message from WIRELESS CALLER (312) 448-0921 on 03/12/2024 at 8:02 AM

You have a new voice message:
From: WIRELESS CALLER (312) 448-0921
Received: Tuesday, March 12, 2024 at 8:02 AM
Length: 00:47
To: Front Desk (Ext. 201)

Transcription:
"Hi, this is Gail Porter, I'm calling for Dr. Whitfield's office about my husband, Ahmed Farouk, his date of birth is March 3rd, 1962. He had the MRI on Friday and we haven't heard back about the results. You can reach me on my cell at 312 448 0921 or at the house at 773-290-5518. Thank you, bye."

Listen to the message: https://service.ringcentral.com/voicemail/482137?mailbox=201`,
    expected: [
      ['PHONE', '(312) 448-0921'],
      ['PHONE', '(312) 448-0921'],
      ['PERSON', 'Gail Porter'],
      ['PERSON', 'Whitfield'],
      ['PERSON', 'Ahmed Farouk'],
      ['DATE_OF_BIRTH', 'March 3rd, 1962'],
      ['PHONE', '312 448 0921'],
      ['PHONE', '773-290-5518'],
    ],
  },
  // ---------------------------------------------------------------- logistics, retail and travel
  {
    name: 'UPS shipping label text extracted from the PDF, with a tracking number and postcodes',
    text: `KESTREL OUTDOOR LTD                         1 LBS    1 OF 1
TEL 0113 320 4471                            SHP WT: 0.9 KG
UNIT 4 RIVERSIDE IND EST                     DATE: 12 MAR 2024
LEEDS LS10 1AB  UNITED KINGDOM

SHIP TO:
  SIOBHAN GALLAGHER
  +353 86 204 8831
  27 GRATTAN PARK
  GALWAY H91 E6K4
  IRELAND

UPS STANDARD                         IE 910 1-01
TRACKING #: 1Z 8A4 F12 68 4471 2093
REF 1: ORD-2024-118204    REF 2: KO-44712
BILLING: P/P
DESC: 2x hiking jacket (HS 6201.40)`,
    expected: [
      ['PHONE', '0113 320 4471'],
      ['PERSON', 'SIOBHAN GALLAGHER'],
      ['PHONE', '+353 86 204 8831'],
    ],
  },
  {
    name: 'carrier manifest CSV with FedEx and USPS tracking numbers, a receiving dock and companies named after people',
    text: `manifest_id,ship_date,carrier,service,tracking_number,recipient_name,recipient_company,address1,city,state,postal_code,country,phone,email,weight_kg,declared_value,reference
MF-20240312-07,2024-03-12,FEDEX,GROUND,774912883015,Wendell Haines,,4410 W Sahara Ave,Las Vegas,NV,89102,US,702.418.3390,,2.4,0,SO-118233
MF-20240312-07,2024-03-12,FEDEX,2DAY,774912883026,Brigitte Tremblay,Tremblay Ébénisterie Inc.,1180 rue Saint-Paul O,Montréal,QC,H3C 1M3,CA,+1 514 872 3309,b.tremblay@videotron.ca,5.1,180.00,SO-118240
MF-20240312-07,2024-03-12,USPS,PRIORITY,9405511899223847102945,Receiving Dept,Johnson & Johnson,1 Johnson & Johnson Plaza,New Brunswick,NJ,08933,US,,receiving-nb@its.jnj.com,0.6,0,SO-118251`,
    // A dock mailbox is an address all the same.
    expected: [
      ['PERSON', 'Wendell Haines'],
      ['PHONE', '702.418.3390'],
      ['PERSON', 'Brigitte Tremblay'],
      ['PHONE', '+1 514 872 3309'],
      ['EMAIL', 'b.tremblay@videotron.ca'],
      ['EMAIL', 'receiving-nb@its.jnj.com'],
    ],
  },
  {
    name: 'CN23 customs declaration from France to Japan with EORI, HS codes and a signature by initial',
    text: `CN 23 — DÉCLARATION EN DOUANE / CUSTOMS DECLARATION            No. CP 482 119 337 FR
Expéditeur / From: Élise Marchetti-Roux
  Atelier Roux, 12 rue des Tanneurs, 67000 Strasbourg, FRANCE
  Tél.: +33 3 88 24 71 09    E-mail: atelier.roux@laposte.net
  N° EORI expéditeur: FR48213771000012
Destinataire / To: Haruto Sakamoto
  3-14-2 Minami-Aoyama, Minato-ku, Tokyo 107-0062, JAPAN
  Tél.: +81 90-4418-2236
Description détaillée / Detailed description | Qté | Poids net | Valeur     | N° tarifaire SH | Pays d'origine
Sac en cuir / leather bag                    | 1   | 0,82 kg   | 340,00 EUR | 4202.21         | FR
Portefeuille en cuir / leather wallet        | 2   | 0,24 kg   | 95,00 EUR  | 4202.31         | FR
Catégorie de l'envoi : vente de marchandises    Frais de port : 38,50 EUR    Facture n° FA-2024-0311
Date et signature : 12/03/2024  É. Marchetti-Roux`,
    // Atelier Roux is a workshop named after the family.
    expected: [
      ['PERSON', 'Élise Marchetti-Roux'],
      ['PHONE', '+33 3 88 24 71 09'],
      ['EMAIL', 'atelier.roux@laposte.net'],
      ['PERSON', 'Haruto Sakamoto'],
      ['PHONE', '+81 90-4418-2236'],
      ['PERSON', 'É. Marchetti-Roux'],
    ],
  },
  {
    name: 'Amadeus PNR display with a child, APM/APE contacts, SSR DOCS passport lines and a masked card',
    text: `RP/PARAF08AA/PARAF08AA            WS/SU  12MAR24/0914Z   6YHK3L
PARAF08AA/0071WS/12MAR24
  1.MARTIN/CLAIRE MRS   2.MARTIN/LOUIS MSTR(CHD/14MAY16)
  3  AF1380 Y 18MAR 1 CDGMAD HK2  0705 0920  18MAR  E  AF/6YHK3L
  4  AF1401 Y 24MAR 7 MADCDG HK2  1005 1215  24MAR  E  AF/6YHK3L
  5 AP PAR 01 42 68 53 00 - VOYAGES DUCHESNE - A
  6 APM +33 6 71 38 22 14/P1
  7 APE CLAIRE.MARTIN71@FREE.FR/P1
  8 TK OK12MAR/PARAF08AA
  9 SSR DOCS AF HK1 P/FRA/14KF83201/FRA/23JUL81/F/14JUL29/MARTIN/CLAIRE/P1
 10 SSR DOCS AF HK1 P/FRA/18AB44120/FRA/14MAY16/M/03FEB28/MARTIN/LOUIS/P2
 11 SSR CHLD AF HK1 14MAY16/P2
 12 FA PAX 057-2412345678/ETAF/EUR245.10/12MAR24/PARAF08AA/20494312/S3-4/P1
 13 FA PAX 057-2412345679/ETAF/EUR198.60/12MAR24/PARAF08AA/20494312/S3-4/P2
 14 FP CCVIXXXXXXXXXXXX2207/0927*CV/EUR443.70/P1-2`,
    // SURNAME/GIVEN is one name element; the CHD date, the DOCS date of birth and SSR CHLD are births,
    // the passport expiry is not. Booking reference, flights, ticket numbers and passport numbers are not ours.
    expected: [
      ['PERSON', 'MARTIN/CLAIRE'],
      ['PERSON', 'MARTIN/LOUIS'],
      ['DATE_OF_BIRTH', '14MAY16'],
      ['PHONE', '01 42 68 53 00'],
      ['PHONE', '+33 6 71 38 22 14'],
      ['EMAIL', 'CLAIRE.MARTIN71@FREE.FR'],
      ['DATE_OF_BIRTH', '23JUL81'],
      ['PERSON', 'MARTIN/CLAIRE'],
      ['DATE_OF_BIRTH', '14MAY16'],
      ['PERSON', 'MARTIN/LOUIS'],
      ['DATE_OF_BIRTH', '14MAY16'],
    ],
  },
  {
    name: 'Italian hotel PMS reservation export (semicolon CSV) with masked cards and one dictated in a note',
    text: `Conf. No.;Nome ospite;Arrivo;Partenza;Notti;Camera;Tipo;Tariffa;Adulti;Bambini;Telefono;E-mail;Carta;Note
58214471;Rossi, Marco;15/03/2024;18/03/2024;3;412;DUS;BAR-FLEX;1;0;+39 338 451 2290;marco.rossi.mi@libero.it;VI XXXXXXXXXXXX4417;Late check-in ~23:00
58214488;Schäfer, Annika;16/03/2024;17/03/2024;1;207;DBL;CORP-KPMG;2;0;+49 170 4829 1136;annika.schaefer@web.de;MC XXXXXXXXXXXX9031;
58214502;Conti, Beatrice;16/03/2024;20/03/2024;4;318;JS;PKG-ROMANCE;2;0;02 4851 7723;;;Ospite ha dettato la carta al telefono: 5425 2334 3010 9903 scad. 08/26 intestata a Lorenzo Galli (marito)`,
    expected: [
      ['PERSON', 'Rossi, Marco'],
      ['PHONE', '+39 338 451 2290'],
      ['EMAIL', 'marco.rossi.mi@libero.it'],
      ['PERSON', 'Schäfer, Annika'],
      ['PHONE', '+49 170 4829 1136'],
      ['EMAIL', 'annika.schaefer@web.de'],
      ['PERSON', 'Conti, Beatrice'],
      ['PHONE', '02 4851 7723'],
      ['CREDIT_CARD', '5425 2334 3010 9903'],
      ['PERSON', 'Lorenzo Galli'],
    ],
  },
  {
    name: 'Norwegian loyalty programme export as JSON Lines with birthdays and a QA account',
    text: `{"member_id":"KX-00482137","tier":"GOLD","points_balance":48213,"enrolled_on":"2019-06-03","first_name":"Ingrid","last_name":"Haugland","email":"ingrid.haugland@online.no","mobile":"+47 412 58 093","birthday":"1984-11-23","preferred_store":"Oslo Aker Brygge","marketing_opt_in":true,"last_purchase":"2024-03-09"}
{"member_id":"KX-00482155","tier":"SILVER","points_balance":7120,"enrolled_on":"2021-11-26","first_name":"Bjørn","last_name":"Ødegaard","email":"bjorn.odegaard@gmail.com","mobile":"926 44 170","birthday":"1991-02-07","preferred_store":"Bergen Festplassen","marketing_opt_in":false,"last_purchase":"2024-02-28"}
{"member_id":"KX-00482160","tier":"BASIC","points_balance":0,"enrolled_on":"2024-03-01","first_name":"Test","last_name":"Account","email":"qa+loyalty@kestrel.example","mobile":null,"birthday":null,"preferred_store":"Oslo Aker Brygge","marketing_opt_in":false,"last_purchase":null}`,
    expected: [
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Haugland'],
      ['EMAIL', 'ingrid.haugland@online.no'],
      ['PHONE', '+47 412 58 093'],
      ['DATE_OF_BIRTH', '1984-11-23'],
      ['PERSON', 'Bjørn'],
      ['PERSON', 'Ødegaard'],
      ['EMAIL', 'bjorn.odegaard@gmail.com'],
      ['PHONE', '926 44 170'],
      ['DATE_OF_BIRTH', '1991-02-07'],
    ],
  },
  {
    name: 'Mailchimp audience export of Dutch subscribers with opt-in IPs, a birthday without the year and a shop mailbox',
    text: `Email Address,First Name,Last Name,Address,Phone Number,Birthday,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,LEID,EUID,NOTES,TAGS
lotte.vanderberg@ziggo.nl,Lotte,van der Berg,"Prinsengracht 412  Amsterdam  1016 HZ  NL",06 3185 2274,05/14,4,"2023-11-02 19:14:22",83.84.201.17,"2023-11-02 19:15:40",83.84.201.17,52.3676,4.9041,1,2,Europe/Amsterdam,NL,NH,"2024-03-01 08:02:11",182337015,a1f8e2b9c4,,"""Webshop"",""Newsletter NL"""
thomas.dewitt@kpnmail.nl,Thomas,de Witt,,+31 6 2291 4407,,3,"2024-01-17 07:48:09",2a02:a210:2b43:8c00:1d4e:7a2f:91b0:3c58,"2024-01-17 07:49:30",2a02:a210:2b43:8c00:1d4e:7a2f:91b0:3c58,51.9244,4.4777,1,2,Europe/Amsterdam,NL,ZH,"2024-01-17 07:49:30",182337088,c7d3e0f1a9,,"""Newsletter NL"""
info@bakkerijdevries.nl,,,,,,2,,,"2023-06-05 12:00:00",145.53.12.208,,,,,,NL,,"2023-06-05 12:00:00",182336411,9e4b2c8d1f,"imported from old shop","""B2B"""`,
    // A birthday without its year is still the birth date; LEID, EUID and coordinates are not ours.
    expected: [
      ['EMAIL', 'lotte.vanderberg@ziggo.nl'],
      ['PERSON', 'Lotte'],
      ['PERSON', 'van der Berg'],
      ['PHONE', '06 3185 2274'],
      ['DATE_OF_BIRTH', '05/14'],
      ['IP_ADDRESS', '83.84.201.17'],
      ['IP_ADDRESS', '83.84.201.17'],
      ['EMAIL', 'thomas.dewitt@kpnmail.nl'],
      ['PERSON', 'Thomas'],
      ['PERSON', 'de Witt'],
      ['PHONE', '+31 6 2291 4407'],
      ['IP_ADDRESS', '2a02:a210:2b43:8c00:1d4e:7a2f:91b0:3c58'],
      ['IP_ADDRESS', '2a02:a210:2b43:8c00:1d4e:7a2f:91b0:3c58'],
      ['EMAIL', 'info@bakkerijdevries.nl'],
      ['IP_ADDRESS', '145.53.12.208'],
    ],
  },
  {
    name: 'Qualtrics response export with its three header rows, recipient columns and free-text answers',
    text: `StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,ExternalReference,LocationLatitude,LocationLongitude,DistributionChannel,UserLanguage,Q1,Q2,Q3_TEXT
Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Recipient Last Name,Recipient First Name,Recipient Email,External Data Reference,Location Latitude,Location Longitude,Distribution Channel,User Language,How satisfied were you with your visit?,Would you recommend us to a friend?,Anything else you would like to tell us? (optional)
"{""ImportId"":""startDate"",""timeZone"":""America/Denver""}","{""ImportId"":""endDate"",""timeZone"":""America/Denver""}","{""ImportId"":""status""}","{""ImportId"":""ipAddress""}","{""ImportId"":""progress""}","{""ImportId"":""duration""}","{""ImportId"":""finished""}","{""ImportId"":""recordedDate"",""timeZone"":""America/Denver""}","{""ImportId"":""_recordId""}","{""ImportId"":""recipientLastName""}","{""ImportId"":""recipientFirstName""}","{""ImportId"":""recipientEmail""}","{""ImportId"":""externalDataReference""}","{""ImportId"":""locationLatitude""}","{""ImportId"":""locationLongitude""}","{""ImportId"":""distributionChannel""}","{""ImportId"":""userLanguage""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3_TEXT""}"
2024-03-11 18:02:14,2024-03-11 18:05:51,IP Address,174.51.88.203,100,217,True,2024-03-11 18:05:52,R_3kT9mQ2xLr7vWc4,Brannigan,Kelly,kbrannigan@comcast.net,PT-20488,39.7392,-104.9903,email,EN,Very satisfied,Yes,"Nurse Jolene Trujillo was wonderful with my son. Please have someone call me at 720-318-4406 about the bill, it went to my old address."
2024-03-11 19:40:02,2024-03-11 19:41:10,IP Address,2600:1700:5b20:8e10:4d1:a9f2:63c0:1b7e,100,68,True,2024-03-11 19:41:11,R_1Qm2xW9pLr4TzKw,,,,,,,anonymous,EN,Dissatisfied,No,"Waited 2 hours past my 3:30 appointment, and Dr. Kessler seemed rushed."`,
    expected: [
      ['IP_ADDRESS', '174.51.88.203'],
      ['PERSON', 'Brannigan'],
      ['PERSON', 'Kelly'],
      ['EMAIL', 'kbrannigan@comcast.net'],
      ['PERSON', 'Jolene Trujillo'],
      ['PHONE', '720-318-4406'],
      ['IP_ADDRESS', '2600:1700:5b20:8e10:4d1:a9f2:63c0:1b7e'],
      ['PERSON', 'Kessler'],
    ],
  },
  // ---------------------------------------------------------------- public sector and legal
  {
    name: 'US district court civil docket with the caption, counsel block and docket text',
    text: `U.S. District Court
Northern District of Illinois - CM/ECF NextGen 1.7.1.1 (Chicago)
CIVIL DOCKET FOR CASE #: 1:24-cv-02291

Boyd v. Hubbard & Sons Logistics LLC
Assigned to: Honorable Marguerite T. Hollis
Cause: 29:201 Fair Labor Standards Act
Date Filed: 03/04/2024    Jury Demand: Plaintiff    Nature of Suit: 710 Labor: Fair Standards

Plaintiff
Terrence Boyd                     represented by Laura Chen
                                                 Chen Employment Law LLC
                                                 200 W. Madison St., Suite 2100
                                                 Chicago, IL 60606
                                                 (312) 606-4417
                                                 Email: lchen@chenemploymentlaw.com
                                                 ATTORNEY TO BE NOTICED
V.
Defendant
Hubbard & Sons Logistics LLC

Date Filed   #   Docket Text
03/04/2024   1   COMPLAINT filed by Terrence Boyd; Filing fee $ 405, receipt number AILNDC-21847730. (Chen, Laura) (Entered: 03/04/2024)
03/05/2024   4   MINUTE entry before the Honorable Marguerite T. Hollis: Initial status hearing set for 4/16/2024 at 9:15 a.m. Mailed notice (jm, ) (Entered: 03/05/2024)`,
    // The caption names the plaintiff by family name; the firm and the defendant are companies.
    expected: [
      ['PERSON', 'Boyd'],
      ['PERSON', 'Marguerite T. Hollis'],
      ['PERSON', 'Terrence Boyd'],
      ['PERSON', 'Laura Chen'],
      ['PHONE', '(312) 606-4417'],
      ['EMAIL', 'lchen@chenemploymentlaw.com'],
      ['PERSON', 'Terrence Boyd'],
      ['PERSON', 'Chen, Laura'],
      ['PERSON', 'Marguerite T. Hollis'],
    ],
  },
  {
    name: 'county assessor property record with owners in LAST, FIRST MI form, a family trust and document numbers',
    text: `Parcel Number: 14-21-307-022-0000        Tax Year: 2023
Property Address: 3418 N RACINE AVE, CHICAGO IL 60657
Owner Name(s): ECHEVERRIA, CARMEN & KOVACS, DESMOND L
Mailing Address: 3418 N RACINE AVE UNIT 2, CHICAGO IL 60657-1418
Property Class: 2-11 Apartment, 2 to 6 units    Land Sq Ft: 3,125    Neighborhood: 71011
Assessed Value 2023: Land $18,750   Building $61,240   Total $79,990

Sale History
  Date         Price        Doc #           Seller                      Buyer
  08/14/2019   $1,215,000   1922613045      WILLOUGHBY FAMILY TRUST     ECHEVERRIA CARMEN
  05/02/2006   $890,000     0612231187      HARTLEY, JAMES R            WILLOUGHBY FAMILY TRUST
Exemptions: Homeowner (2023), Senior Citizen (—)`,
    // A middle initial belongs to the name; a family trust is not a person; doc numbers are not phones.
    expected: [
      ['PERSON', 'ECHEVERRIA, CARMEN'],
      ['PERSON', 'KOVACS, DESMOND L'],
      ['PERSON', 'ECHEVERRIA CARMEN'],
      ['PERSON', 'HARTLEY, JAMES R'],
    ],
  },
  {
    name: 'voter file CSV with separate name columns, a suffix and registration dates',
    text: `SOS_VOTERID,COUNTY_NUMBER,LAST_NAME,FIRST_NAME,MIDDLE_NAME,SUFFIX,DATE_OF_BIRTH,REGISTRATION_DATE,VOTER_STATUS,PARTY_AFFILIATION,RESIDENTIAL_ADDRESS1,RESIDENTIAL_CITY,RESIDENTIAL_ZIP,PRECINCT_NAME,PRIMARY-03/19/2024
OH0021847730,25,BRANDT-MEYER,KRISTEN,ANNE,,1986-02-14,2010-09-28,ACTIVE,D,4418 KENNY RD,COLUMBUS,43220,COLUMBUS 05-C,
OH0019920415,25,DUNLEAVY,PATRICK,JOSEPH,,1961-07-30,1984-10-02,ACTIVE,R,2261 TREMONT RD,UPPER ARLINGTON,43221,UPPER ARLINGTON 3-B,X
OH0023310087,25,TRAN,MINH,,JR,2004-11-09,2022-10-11,CONFIRMATION,,90 W 5TH AVE APT 3,COLUMBUS,43201,COLUMBUS 26-F,`,
    expected: [
      ['PERSON', 'BRANDT-MEYER'],
      ['PERSON', 'KRISTEN'],
      ['PERSON', 'ANNE'],
      ['DATE_OF_BIRTH', '1986-02-14'],
      ['PERSON', 'DUNLEAVY'],
      ['PERSON', 'PATRICK'],
      ['PERSON', 'JOSEPH'],
      ['DATE_OF_BIRTH', '1961-07-30'],
      ['PERSON', 'TRAN'],
      ['PERSON', 'MINH'],
      ['DATE_OF_BIRTH', '2004-11-09'],
    ],
  },
  {
    name: 'police incident report narrative with a reporting party, a witness and surnames used alone',
    text: `INCIDENT REPORT — Case No. 24-018812        Reporting Officer: Ofc. J. Mendez #4471
Date/Time Reported: 03/11/2024 22:15    Location: 1400 blk Mission St, San Francisco

NARRATIVE:
On 03/11/2024 at approx. 2215 hrs I responded to a report of a vehicle break-in. I contacted the reporting party (RP), Keisha Lamont (DOB 06/22/1990), who stated she parked her 2019 Honda Civic (CA lic. 8KJX221) at approx. 1930 hrs and returned at 2150 hrs to find the rear passenger window smashed. Lamont stated her laptop bag containing a work laptop and her wallet (CA DL, one Visa card) was taken.
Witness Arturo Beltrán (DOB 01/15/1967), employed at the taqueria at 1422 Mission St, stated he saw a male, approx. 20-25 yrs, 5'10", thin build, grey hoodie, running northbound at approx. 2140 hrs.
RP can be contacted at (415) 902-6618 or keisha.lamont@gmail.com. Beltrán declined to give a phone number.
Property loss est. $2,300. Evidence: 1 photo set (EV-24-018812-01). Case forwarded to Investigations.`,
    expected: [
      ['PERSON', 'J. Mendez'],
      ['PERSON', 'Keisha Lamont'],
      ['DATE_OF_BIRTH', '06/22/1990'],
      ['PERSON', 'Lamont'],
      ['PERSON', 'Arturo Beltrán'],
      ['DATE_OF_BIRTH', '01/15/1967'],
      ['PHONE', '(415) 902-6618'],
      ['EMAIL', 'keisha.lamont@gmail.com'],
      ['PERSON', 'Beltrán'],
    ],
  },
  {
    name: 'German reply to a GDPR Art. 15 access request listing the stored data of the requester',
    text: `Betreff: Ihre Auskunftsanfrage nach Art. 15 DSGVO – Az. DS-2024-0187

Sehr geehrte Frau Dr. Lorenz,

wir bestätigen den Eingang Ihrer Anfrage vom 26.02.2024. Zu Ihrer Person (Annika Lorenz, Kundennummer 700482137) verarbeiten wir folgende Daten:

1. Stammdaten: Name, Geburtsdatum (29.02.1984), Anschrift Eppendorfer Weg 212, 20251 Hamburg
2. Kontaktdaten: annika.lorenz@t-online.de, Mobil 0151 2384 7719, Festnetz 040 4711 8823
3. Zahlungsdaten: SEPA-Lastschriftmandat KST-M-00482 über das Konto DE59 2005 0550 1028 4471 93
4. Nutzungsdaten: Login-Protokolle der letzten 90 Tage, u. a. von den IP-Adressen 91.64.118.203 und 2a02:8108:1b40:3c00:9d4e:21ff:fe7a:33b1
5. Kommunikation: 3 Support-Tickets (zuletzt bearbeitet von Herrn Yilmaz, Kundenservice)

Empfänger: Zahlungsdienstleister Adyen N.V.; Versanddienstleister DHL Paket GmbH.
Speicherdauer: bis zum Ablauf der handelsrechtlichen Aufbewahrungsfristen (§ 257 HGB, 6 bzw. 10 Jahre).
Bei Rückfragen erreichen Sie unseren Datenschutzbeauftragten unter datenschutz@kestrel-shop.de oder 040 3008 1250.

Mit freundlichen Grüßen
Jana Petersen
Datenschutzteam, Kestrel Shop GmbH`,
    // The customer number and the mandate reference are account identifiers, not our types.
    expected: [
      ['PERSON', 'Lorenz'],
      ['PERSON', 'Annika Lorenz'],
      ['DATE_OF_BIRTH', '29.02.1984'],
      ['EMAIL', 'annika.lorenz@t-online.de'],
      ['PHONE', '0151 2384 7719'],
      ['PHONE', '040 4711 8823'],
      ['IBAN', 'DE59 2005 0550 1028 4471 93'],
      ['IP_ADDRESS', '91.64.118.203'],
      ['IP_ADDRESS', '2a02:8108:1b40:3c00:9d4e:21ff:fe7a:33b1'],
      ['PERSON', 'Yilmaz'],
      ['EMAIL', 'datenschutz@kestrel-shop.de'],
      ['PHONE', '040 3008 1250'],
      ['PERSON', 'Jana Petersen'],
    ],
  },
  // ---------------------------------------------------------------- Japanese
  {
    name: 'Japanese résumé (履歴書) with a hiragana reading, a 年月日 birth date and an education history',
    text: `履　歴　書　　　　　　　　　　　　2024年3月12日現在
ふりがな　まつい　みさき
氏　　名　松井　美咲
生年月日　1996年5月14日生（満27歳）　性別　女
ふりがな　とうきょうと しぶやく よよぎ
現住所　〒151-0053　東京都渋谷区代々木2-11-5　グリーンハイツ305
電話　090-7731-2048
E-mail　misaki.matsui.96@docomo.ne.jp

年　　月　学歴・職歴
2015年 4月　早稲田大学 基幹理工学部 入学
2019年 3月　早稲田大学 基幹理工学部 卒業
2019年 4月　株式会社野村総合研究所 入社
　　　　　　現在に至る`,
    // The second reading is the address's; Nomura Research Institute is a company named after a family.
    expected: [
      ['PERSON', 'まつい　みさき'],
      ['PERSON', '松井　美咲'],
      ['DATE_OF_BIRTH', '1996年5月14日'],
      ['PHONE', '090-7731-2048'],
      ['EMAIL', 'misaki.matsui.96@docomo.ne.jp'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'shipping and travel notification: waybill, tracking, flight, booking and ticket numbers and example addresses',
    text: `Your order KST-2024-118204 has shipped!
Carrier: DHL Express    Waybill: 4471209318    Tracking: JD014600006281240379
Estimated delivery: Thu 14 Mar 2024, 09:00–12:00, to postcode 10119 (Berlin)
Your trip: LH 2031 MUC→BER on 18 Mar at 07:05, seat 14C, booking reference K7M2QX, e-ticket 220-4471209384
Hotel: confirmation 4482137990, room 412, check-in from 15:00
Questions? orders@example.com or https://track.example.org/KST-2024-118204`,
    expected: [],
  },
  {
    name: 'encounter coding worksheet: MRNs, dates of service, ages, rooms, ICD-10 and CPT codes and NPIs',
    text: `Encounter coding worksheet — batch 2024-03-11 (de-identified)
| Enc #    | MRN      | DOS        | Age | Room  | ICD-10-CM      | CPT/HCPCS    | Rendering NPI | Units | Charge |
|----------|----------|------------|-----|-------|----------------|--------------|---------------|-------|--------|
| E0048213 | 00884120 | 03/05/2024 | 42  | 214B  | M54.50, G89.29 | 99214, 97110 | 1639271840    | 1     | 185.00 |
| E0048221 | 00884377 | 03/05/2024 | 67  | 118   | I10, E11.9     | 99213, 83036 | 1457382916    | 1     | 142.00 |
| E0048230 | 00901152 | 03/06/2024 | 8   | PED-3 | J06.9          | 99392, 90460 | 1902847316    | 2     | 96.00  |
Admit date range 03/01/2024–03/07/2024. Revenue codes 0450, 0636. Taxonomy 207Q00000X. CLIA 05D2061984.`,
    expected: [],
  },
  {
    name: 'school timetable and exam entries: tutor codes, rooms, candidate and centre numbers, ages',
    text: `Timetable 2023/24 — Year 8, Week A — tutor group 8JW (room S214, tutor code JWA)
Period  Mon          Tue          Wed          Thu          Fri
P1      MA2 / S101   EN3 / H012   SC1 / LAB4   HI2 / H108   PE / SPORTS
P2      FR1 / L204   MA2 / S101   EN3 / H012   GE1 / H110   MU / M001
Exam entries (summer series): candidate numbers 4471–4502, centre number 37418, 28 pupils aged 12–13.
Attendance YTD 96.4%; DfE number 873/4012; URN 137448; student ids 204471–204502.`,
    expected: [],
  },
  {
    name: 'tender shortlist prose with companies, hospitals, wards, airports and statutes named after people',
    text: `Tender shortlist (Lot 2, facilities): Johnson & Johnson Medical Ltd, Procter & Gamble UK, Ernst & Young LLP, Sainsbury's Supermarkets Ltd, Wm Morrison Supermarkets and the John Lewis Partnership. Site visits at Queen Elizabeth Hospital Birmingham (Florence Nightingale ward) and at Charles de Gaulle airport, Terminal 2E. Compliance: Sarbanes-Oxley Act s.404, Dodd-Frank s.1502 and the Gramm-Leach-Bliley Act.`,
    expected: [],
  },
];

describeHoldout(
  'privacy engine on hand-written hold-out cases 11: people records outside finance and IT',
  cases,
);
