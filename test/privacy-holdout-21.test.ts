import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twenty-first hand-written hold-out: project code and developer material that an AI coding or
 * notebook assistant receives as context, where personal data and secrets are embedded in code.
 * Seeds and fixtures (Rails db/seeds.rb, a Django fixture, a Laravel seeder, a Prisma seed.ts, a
 * Sequelize seeder, a Liquibase changelog, EF Core HasData); tests with hard-coded customers (pytest
 * parametrize, a Jest test.each table, JUnit @CsvSource, RSpec let blocks, a Go table-driven test,
 * xUnit InlineData, a PHPUnit data provider, a Playwright end-to-end test); factories (factory_bot
 * and Factory Boy) with real-looking overrides; mocks (MSW handlers, a Storybook story, a Stripe
 * customer mock); API material (a Postman collection, a REST Client .http file, cURL snippets,
 * OpenAPI examples, a GraphQL mutation with variables and headers); configuration (terraform.tfvars,
 * Ansible group_vars with a PEM key, a .env with its .env.example, docker-compose); mobile and typed
 * code (Kotlin constants, a SwiftUI preview, a Java builder, a Rust serde test); a SQL migration that
 * backfills a named customer; source-control material (a pull-request diff with review comments,
 * git log with Signed-off-by, Co-authored-by and Reviewed-by trailers, git blame, git shortlog and
 * .mailmap, AUTHORS and CODEOWNERS, package.json, pyproject.toml and Cargo.toml authors); a GitHub
 * Actions log under `set -x`; and errors that print arguments (a Laravel stack trace, an Elixir
 * FunctionClauseError). Hard negatives of the same shapes: identifiers and class names that look like
 * names (UserFactory, JohnsonFilter, Dijkstra), algorithms and libraries named after people
 * (Levenshtein, Bloom, Fisher-Yates, Kalman, Knuth, Jaro-Winkler, Kuhn-Munkres), public open-source
 * maintainers mentioned as such, Faker calls, placeholder people and addresses (John Doe, Jane Doe,
 * Test User, Max Mustermann, example.com/.org), documented placeholder keys (AKIAIOSFODNN7EXAMPLE,
 * sk-...xxxx, your_token_here, ${{ secrets.X }}, ${VAR}), environment variable names without values,
 * bcrypt and PBKDF2 hashes, UUIDs, commit SHAs, semantic versions, ports, loopback, 0.0.0.0, CIDR
 * ranges, card last-four, SSNs in the 000, 666 and 9xx areas, an IBAN and a card with a wrong check
 * digit, national ids (codice fiscale, South African id), order ids, truncated arguments,
 * usernames, logins and @handles. Each case lists every value it expects found, with its type;
 * anything else flagged is a false positive. Name fields kept apart by the code (first_name and
 * last_name, givenName and familyName) are separate spans, and a labelled name field's value counts
 * even alone; one "Last, First" value is one span. The plaintext of a password handed to a hashing
 * call or typed into a Password field is a secret; a Slack webhook URL is one secret; a password hash
 * is not. Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97 check digits, SSNs in
 * valid areas, made-up names and keys, and a freshly generated EC key.
 */
const k = joinParts;
const openaiProjectKey = k(
  'sk-',
  'proj-',
  'oht3w7IF3V8uiJf4eEf19mpFEtM1nQGTJQhkimH1nOR9kEh5T3BlbkFJ9dz1RCX0nPxCGEAx4kjkp8liKZj5hGQcACdp4vfeIAm93cOX',
);
const anthropicKey = k(
  'sk-ant-',
  'api03-',
  '9AGaCtmbcHTfuQwb7jG6G5DrCHxOUu3VLa6EL9aJA1CV5pfJVEeQl1ghnb6IT0fCeigH7xNKJhGdp4yMF1GaOZrVptnWQ-jUFH5PAA',
);
const stripeLiveEnv = k(
  'sk_',
  'live_',
  '51OqX4YCXUKERi9JGvU0vLCF0e5DuSwjurwd292iR1335klwOnc0Tu7TCetrT3u7qbbNHYzVTdE4MXGAN',
);
const stripeLiveCurl = k(
  'sk_',
  'live_',
  '51OqX4MOuHdSCox5MVUN7IZmqfnNW068mrwN2HXxSnfl0l8697jRRkTOSgZiGrMI8Dcp19v38OID',
);
const sendgridKey = k('SG', '.zs6lMMYEXkPdIw4eeOFeJr.', 'Duz6gjS0g9B9CCANl9bbWUrMLOZIeZ19BrRsM8oqQ4B');
const githubTokenFactory = k('gh', 'p_', 'O5nrT9H2m1afEb0MWXxor74zNx4aoAlzrgtn');
const githubTokenCi = k('gh', 'p_', 'MZV94BdEvvC0fHbMKJaurKHnzze3ecXRK0rR');
const mapsApiKey = k('AI', 'za', 'Sy-YnkE9Sn4qpPgeV0pC-IxfJV7YZaq3m5W');
const datadogApiKey = k('70b07f53b63bb7b3', '92d8fd8ef9edde45');
const shopifyToken = k('shp', 'at_', '064eef5b934451ba5b29845630ea7f7f');
const partnerApiKey = k('kst_', 'live_', 'XMOcpvj1L20WYGWZdPXASIQ0aukyi9PM');
const awsKeyId = k('AK', 'IA', '4QQHXPRUNRM7W5XD');
const awsSecret = k('KQSwyuQI0VQUHmjCBkKZ', '09NsEiY1QA+dFnxfbHwR');
const slackWebhook = k(
  'https://hooks.',
  'slack.com/services/',
  'T0D9FVMIN/B0TZB1HWM7I/gSMy0S8pMy5HQbJADBcrpi3K',
);
const mswJwt = k(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.',
  'eyJzdWIiOiJ1c3JfMDFIUTQ0NzFYTTlSVFoiLCJlbWFpbCI6Imtlb25pLmthaGFsZUBoYXdhaWlhbnRlbC5uZXQiLCJyb2xlIjoibWVtYmVyIiwiaWF0IjoxNzEwMjQwMDAwLCJleHAiOjE3MTAyNDM2MDB9',
  '.',
  'bLZgplwaMiTiMagC_JoAtA8NBZp_Osj3PLHZxgd8PrC',
);
const stagingJwt = k(
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InN0Zy0yMDI0LTAzIn0',
  '.',
  'eyJzdWIiOiJzdmMtc3VwcG9ydCIsInNjb3BlIjoiY3VzdG9tZXJzOndyaXRlIGN1c3RvbWVyczpyZWFkIiwiaXNzIjoiaHR0cHM6Ly9hdXRoLnN0YWdpbmcua2VzdHJlbC5pbyIsImV4cCI6MTcxMDg0OTYwMH0',
  '.',
  'TH-tb4y02gCS5jjCBSdVy-36u594dDb6oon_sGS9DclVoFTXN4adRRX2rpX3aunnh6PLs0CagzLwum6Yr77qEp',
);
// A freshly generated P-256 key, indented as it sits in a YAML block scalar.
const ansibleTlsKey = k(
  '-----BEGIN EC ',
  'PRIVATE KEY-----\n',
  '  MHcCAQEEIME9VZpvNDp/oR4Brc5O5c7/4PQWQmC56QjM2ESuZ9+woAoGCCqGSM49\n',
  '  AwEHoUQDQgAEjRvpMO8pdyQoOkNBRtyxeseIVZBhPhcBnl9DIAX3foXkJKL25NMP\n',
  '  KrBRoty2HuYCRqGcWW9JJJ1IDiY65z7hsQ==\n',
  '  -----END EC PRIVATE KEY-----',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- seeds and fixtures
  {
    name: 'Rails db/seeds.rb copied from a production snapshot: split name fields, birth dates, a seeded admin password; Faker loop and a placeholder admin',
    text: `# db/seeds.rb — staging seed (rows copied from prod snapshot 2024-02, TODO scrub before merge)
require 'faker'

User.find_or_create_by!(email: 'admin@example.com') do |u|
  u.name = 'Admin User'
  u.password = 'password'
  u.role = :admin
end

Customer.create!([
  { first_name: 'Oluwatoyin', last_name: 'Bankole-Hughes', email: 'toyin.bankole@gmail.com',
    phone: '+44 7700 918 442', date_of_birth: '1986-09-14', plan: 'pro' },
  { first_name: 'Mateus', last_name: 'Albuquerque Ramos', email: 'mateus.ramos@uol.com.br',
    phone: '+55 11 98765-4421', date_of_birth: '1979-03-02', plan: 'team' },
  { first_name: 'Sigrid', last_name: 'Haugland', email: 'sigrid.haugland@online.no',
    phone: '+47 412 55 903', date_of_birth: '1993-12-30', plan: 'free' },
])

10.times do
  Customer.create!(first_name: Faker::Name.first_name, last_name: Faker::Name.last_name,
                   email: Faker::Internet.unique.email, phone: Faker::PhoneNumber.cell_phone)
end

AdminUser.create!(email: 'ops@kestrelpay.io', password: 'Kestrel!Ops-2291', password_confirmation: 'Kestrel!Ops-2291')`,
    // Admin User is a placeholder, 'password' a placeholder password, admin@example.com reserved; the Faker calls and the snapshot date are not data.
    expected: [
      ['PERSON', 'Oluwatoyin'],
      ['PERSON', 'Bankole-Hughes'],
      ['EMAIL', 'toyin.bankole@gmail.com'],
      ['PHONE', '+44 7700 918 442'],
      ['DATE_OF_BIRTH', '1986-09-14'],
      ['PERSON', 'Mateus'],
      ['PERSON', 'Albuquerque Ramos'],
      ['EMAIL', 'mateus.ramos@uol.com.br'],
      ['PHONE', '+55 11 98765-4421'],
      ['DATE_OF_BIRTH', '1979-03-02'],
      ['PERSON', 'Sigrid'],
      ['PERSON', 'Haugland'],
      ['EMAIL', 'sigrid.haugland@online.no'],
      ['PHONE', '+47 412 55 903'],
      ['DATE_OF_BIRTH', '1993-12-30'],
      ['EMAIL', 'ops@kestrelpay.io'],
      ['SECRET', 'Kestrel!Ops-2291'],
      ['SECRET', 'Kestrel!Ops-2291'],
    ],
  },
  {
    name: 'Django fixture JSON: auth.user with a PBKDF2 hash and a patient profile with birth date, SSN and an emergency contact',
    text: `[
  {
    "model": "auth.user",
    "pk": 17,
    "fields": {
      "username": "dlindqvist",
      "first_name": "Dagny",
      "last_name": "Lindqvist",
      "email": "dagny.lindqvist@telia.se",
      "password": "pbkdf2_sha256$600000$Xq7vLm2R9tKz$Jq3d8Wc1mVnZ0rT5yB6pH2kS4fL7aE9uQ1xO3gN8iMw=",
      "is_staff": false,
      "date_joined": "2021-05-18T09:12:44Z"
    }
  },
  {
    "model": "clinic.patientprofile",
    "pk": 17,
    "fields": {
      "user": 17,
      "birth_date": "1958-07-23",
      "ssn": "531-44-7120",
      "phone": "(206) 555-0147",
      "emergency_contact_name": "Björn Lindqvist",
      "emergency_contact_phone": "(206) 555-0183",
      "last_visit": "2024-02-27"
    }
  },
  {
    "model": "auth.user",
    "pk": 1,
    "fields": { "username": "admin", "first_name": "", "last_name": "", "email": "admin@example.com", "is_superuser": true }
  }
]`,
    // The username, the PBKDF2 hash, pks, date joined and last visit are not ours; admin@example.com is reserved.
    expected: [
      ['PERSON', 'Dagny'],
      ['PERSON', 'Lindqvist'],
      ['EMAIL', 'dagny.lindqvist@telia.se'],
      ['DATE_OF_BIRTH', '1958-07-23'],
      ['US_SSN', '531-44-7120'],
      ['PHONE', '(206) 555-0147'],
      ['PERSON', 'Björn Lindqvist'],
      ['PHONE', '(206) 555-0183'],
    ],
  },
  {
    name: 'Laravel CustomerSeeder: names, mobiles, IBANs and a plaintext password passed to Hash::make beside a placeholder one',
    text: `<?php

namespace Database\\Seeders;

use App\\Models\\Customer;
use Illuminate\\Database\\Seeder;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Hash;

class CustomerSeeder extends Seeder
{
    public function run(): void
    {
        DB::table('customers')->insert([
            [
                'name' => 'Anaïs Delacroix-Mbeki',
                'email' => 'anais.delacroix@orange.fr',
                'phone' => '+33 6 12 44 71 98',
                'iban' => 'DE32 5001 0517 4471 2093 81',
                'password' => Hash::make('Lavande#2291'),
            ],
            [
                'name' => 'Youssef El Amrani',
                'email' => 'y.elamrani@menara.ma',
                'phone' => '+212 661-447120',
                'iban' => 'GB83MIDL40051544712093',
                'password' => Hash::make('secret'),
            ],
        ]);

        Customer::factory()->count(50)->create();
    }
}`,
    // 'secret' is the framework's placeholder password; namespaces and the factory count are not data.
    expected: [
      ['PERSON', 'Anaïs Delacroix-Mbeki'],
      ['EMAIL', 'anais.delacroix@orange.fr'],
      ['PHONE', '+33 6 12 44 71 98'],
      ['IBAN', 'DE32 5001 0517 4471 2093 81'],
      ['SECRET', 'Lavande#2291'],
      ['PERSON', 'Youssef El Amrani'],
      ['EMAIL', 'y.elamrani@menara.ma'],
      ['PHONE', '+212 661-447120'],
      ['IBAN', 'GB83MIDL40051544712093'],
    ],
  },
  {
    name: 'Prisma seed.ts: upserts keyed by e-mail, an OpenAI key stored on an integration row, faker users',
    text: `import { PrismaClient, Role } from '@prisma/client';
import { faker } from '@faker-js/faker';

const prisma = new PrismaClient();

async function main() {
  const owner = await prisma.user.upsert({
    where: { email: 'priya.raghunathan@kestrelhq.com' },
    update: {},
    create: {
      email: 'priya.raghunathan@kestrelhq.com',
      name: 'Priya Raghunathan',
      role: Role.OWNER,
      phone: '+91 98450 44712',
    },
  });
  await prisma.user.upsert({
    where: { email: 'tomas.havlicek@kestrelhq.com' },
    update: {},
    create: { email: 'tomas.havlicek@kestrelhq.com', name: 'Tomáš Havlíček', role: Role.ADMIN },
  });
  await prisma.integration.create({
    data: { provider: 'openai', ownerId: owner.id, apiKey: '${openaiProjectKey}' },
  });
  for (let i = 0; i < 20; i++) {
    await prisma.user.create({ data: { email: faker.internet.email(), name: faker.person.fullName() } });
  }
}

main()
  .catch((e) => { console.error(e); process.exit(1); })
  .finally(() => prisma.$disconnect());`,
    // Role enums and faker calls are not data.
    expected: [
      ['EMAIL', 'priya.raghunathan@kestrelhq.com'],
      ['EMAIL', 'priya.raghunathan@kestrelhq.com'],
      ['PERSON', 'Priya Raghunathan'],
      ['PHONE', '+91 98450 44712'],
      ['EMAIL', 'tomas.havlicek@kestrelhq.com'],
      ['EMAIL', 'tomas.havlicek@kestrelhq.com'],
      ['PERSON', 'Tomáš Havlíček'],
      ['SECRET', openaiProjectKey],
    ],
  },
  {
    name: 'Sequelize seeder for a paediatric clinic: camelCase name fields, dob, guardians and their phones',
    text: `'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkInsert('Patients', [
      {
        firstName: 'Kalani', lastName: 'Akana', dob: '2011-02-17',
        guardianName: 'Noelani Akana', guardianPhone: '808-555-0162',
        mrn: 'MRN-0044712', createdAt: new Date(), updatedAt: new Date(),
      },
      {
        firstName: 'Emeka', lastName: 'Obi-Nwosu', dob: '2014-10-05',
        guardianName: 'Chioma Obi-Nwosu', guardianPhone: '(404) 447-1209',
        mrn: 'MRN-0044713', createdAt: new Date(), updatedAt: new Date(),
      },
    ]);
  },

  async down(queryInterface) {
    await queryInterface.bulkDelete('Patients', { mrn: ['MRN-0044712', 'MRN-0044713'] });
  },
};`,
    // Medical record numbers are not ours.
    expected: [
      ['PERSON', 'Kalani'],
      ['PERSON', 'Akana'],
      ['DATE_OF_BIRTH', '2011-02-17'],
      ['PERSON', 'Noelani Akana'],
      ['PHONE', '808-555-0162'],
      ['PERSON', 'Emeka'],
      ['PERSON', 'Obi-Nwosu'],
      ['DATE_OF_BIRTH', '2014-10-05'],
      ['PERSON', 'Chioma Obi-Nwosu'],
      ['PHONE', '(404) 447-1209'],
    ],
  },
  {
    name: 'Liquibase YAML changelog seeding support agents, with a bcrypt hash in a raw SQL change and a rollback',
    text: `databaseChangeLog:
  - changeSet:
      id: 20240311-02-seed-support-agents
      author: r.okafor
      context: "dev,staging"
      changes:
        - insert:
            tableName: support_agent
            columns:
              - column: { name: full_name, value: "Rosalind Okafor" }
              - column: { name: email, value: "rosalind.okafor@kestrel.io" }
              - column: { name: desk_phone, value: "+1 312 555 0139" }
              - column: { name: team, value: "Tier 2" }
        - insert:
            tableName: support_agent
            columns:
              - column: { name: full_name, value: "Chen Jiahui" }
              - column: { name: email, value: "jiahui.chen@kestrel.io" }
              - column: { name: desk_phone, value: "+65 6447 1209" }
              - column: { name: team, value: "APAC" }
        - sql:
            sql: UPDATE support_agent SET password_hash = '$2a$12$Kx7vQm2LrT9zWp4nB8cY6eF1gJ5sLe0uKo7iPzHq3dR2mZ9kQx4Wt' WHERE email LIKE '%@kestrel.io'
      rollback:
        - delete:
            tableName: support_agent
            where: "email in ('rosalind.okafor@kestrel.io', 'jiahui.chen@kestrel.io')"`,
    // The changeset author r.okafor is a login; the bcrypt hash and the changeset id are not ours.
    expected: [
      ['PERSON', 'Rosalind Okafor'],
      ['EMAIL', 'rosalind.okafor@kestrel.io'],
      ['PHONE', '+1 312 555 0139'],
      ['PERSON', 'Chen Jiahui'],
      ['EMAIL', 'jiahui.chen@kestrel.io'],
      ['PHONE', '+65 6447 1209'],
      ['EMAIL', 'rosalind.okafor@kestrel.io'],
      ['EMAIL', 'jiahui.chen@kestrel.io'],
    ],
  },
  {
    name: 'EF Core HasData seed with employees, SSNs, birth and hire dates, a 9xx ITIN, and a SQL Server connection string',
    text: `public class HrContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlServer("Server=10.1.4.20;Database=hr;User Id=hr_app;Password=Hr!Ledger-7720;TrustServerCertificate=True");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Employee>().HasData(
            new Employee { Id = 1, FullName = "Farhan Chowdhury", Email = "farhan.chowdhury@kestrel.io", Ssn = "287-44-7120",
                           DateOfBirth = DateOnly.Parse("1985-06-14"), HireDate = DateOnly.Parse("2019-04-01"), ManagerId = null },
            new Employee { Id = 2, FullName = "Olga Sokolova", Email = "olga.sokolova@kestrel.io", Ssn = "650-44-1209",
                           DateOfBirth = DateOnly.Parse("1991-11-03"), HireDate = DateOnly.Parse("2021-09-13"), ManagerId = 1 },
            new Employee { Id = 3, FullName = "Mateo Ríos Zambrano", Email = "mateo.rios@kestrel.io", Ssn = "912-44-7120", // contractor ITIN
                           DateOfBirth = DateOnly.Parse("1996-02-28"), HireDate = DateOnly.Parse("2023-01-09"), ManagerId = 1 });
    }
}`,
    // The 912- number is an ITIN (9xx area), not an SSN; hire dates are not birth dates; hr_app is a login.
    expected: [
      ['IP_ADDRESS', '10.1.4.20'],
      ['SECRET', 'Hr!Ledger-7720'],
      ['PERSON', 'Farhan Chowdhury'],
      ['EMAIL', 'farhan.chowdhury@kestrel.io'],
      ['US_SSN', '287-44-7120'],
      ['DATE_OF_BIRTH', '1985-06-14'],
      ['PERSON', 'Olga Sokolova'],
      ['EMAIL', 'olga.sokolova@kestrel.io'],
      ['US_SSN', '650-44-1209'],
      ['DATE_OF_BIRTH', '1991-11-03'],
      ['PERSON', 'Mateo Ríos Zambrano'],
      ['EMAIL', 'mateo.rios@kestrel.io'],
      ['DATE_OF_BIRTH', '1996-02-28'],
    ],
  },
  // ---------------------------------------------------------------- tests
  {
    name: 'pytest parametrize over applicants: one valid SSN and three in never-issued areas, a placeholder row',
    text: `import pytest

from kyc.validators import validate_applicant


@pytest.mark.parametrize(
    ("full_name", "email", "ssn", "expected"),
    [
        ("Darnell Whitaker", "darnell.whitaker@comcast.net", "219-44-7120", True),
        ("Lucía Fernández Ortega", "lucia.fo@telefonica.es", "000-12-4471", False),  # area 000 never issued
        ("Hoàng Văn Thành", "hvthanh@fpt.vn", "666-20-1199", False),  # area 666 never issued
        ("Priyamvada Subramaniam", "priya.s@rediffmail.com", "912-44-7120", False),  # 9xx is the ITIN range
        ("Jane Doe", "jane.doe@example.com", None, False),
    ],
    ids=["valid", "area-000", "area-666", "area-9xx", "placeholder"],
)
def test_validate_applicant(full_name, email, ssn, expected):
    assert validate_applicant(full_name=full_name, email=email, ssn=ssn).ok is expected`,
    // 000-, 666- and 912- numbers are not valid SSNs; Jane Doe and example.com are placeholders.
    expected: [
      ['PERSON', 'Darnell Whitaker'],
      ['EMAIL', 'darnell.whitaker@comcast.net'],
      ['US_SSN', '219-44-7120'],
      ['PERSON', 'Lucía Fernández Ortega'],
      ['EMAIL', 'lucia.fo@telefonica.es'],
      ['PERSON', 'Hoàng Văn Thành'],
      ['EMAIL', 'hvthanh@fpt.vn'],
      ['PERSON', 'Priyamvada Subramaniam'],
      ['EMAIL', 'priya.s@rediffmail.com'],
    ],
  },
  {
    name: 'Jest test.each template table: given and family name columns and the expected "Last, First <email>" label',
    text: `import { formatCustomerLabel } from '../src/customers/format';

describe('formatCustomerLabel', () => {
  test.each\`
    first       | last           | email                          | expected
    \${'Aroha'}  | \${'Te Whata'}  | \${'aroha.tewhata@xtra.co.nz'}  | \${'Te Whata, Aroha <aroha.tewhata@xtra.co.nz>'}
    \${'Dmitri'} | \${'Volkonsky'} | \${'d.volkonsky@yandex.ru'}     | \${'Volkonsky, Dmitri <d.volkonsky@yandex.ru>'}
    \${'Test'}   | \${'User'}      | \${'test@example.com'}          | \${'User, Test <test@example.com>'}
  \`('formats $first $last', ({ first, last, email, expected }) => {
    expect(formatCustomerLabel({ first, last, email })).toBe(expected);
  });
});`,
    // Test User and test@example.com are placeholders; $first and $last are interpolation names.
    expected: [
      ['PERSON', 'Aroha'],
      ['PERSON', 'Te Whata'],
      ['EMAIL', 'aroha.tewhata@xtra.co.nz'],
      ['PERSON', 'Te Whata, Aroha'],
      ['EMAIL', 'aroha.tewhata@xtra.co.nz'],
      ['PERSON', 'Dmitri'],
      ['PERSON', 'Volkonsky'],
      ['EMAIL', 'd.volkonsky@yandex.ru'],
      ['PERSON', 'Volkonsky, Dmitri'],
      ['EMAIL', 'd.volkonsky@yandex.ru'],
    ],
  },
  {
    name: 'JUnit 5 @CsvSource text block of a legacy export: "Last, First" names, mobiles and IBANs, a placeholder row',
    text: `class LegacyExportParserTest {

    private final LegacyExportParser parser = new LegacyExportParser();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                 | email                       | phone            | iban
        Kowalczyk, Agnieszka   | agnieszka.kowalczyk@wp.pl   | +48 601 447 120  | PL25114020040000340244712093
        Fitzgerald, Cormac     | cormac.fitz@eircom.net      | +353 87 447 1209 | IE41BOFI90001744712093
        'Doe, John'            | john.doe@example.org        |                  |
        """)
    void parsesRow(String name, String email, String phone, String iban) {
        var row = parser.parse(String.join(";", name, email, Objects.toString(phone, ""), Objects.toString(iban, "")));
        assertThat(row.displayName()).isEqualTo(name);
        assertThat(row.iban()).isEqualTo(iban);
    }
}`,
    // Doe, John and example.org are placeholders.
    expected: [
      ['PERSON', 'Kowalczyk, Agnieszka'],
      ['EMAIL', 'agnieszka.kowalczyk@wp.pl'],
      ['PHONE', '+48 601 447 120'],
      ['IBAN', 'PL25114020040000340244712093'],
      ['PERSON', 'Fitzgerald, Cormac'],
      ['EMAIL', 'cormac.fitz@eircom.net'],
      ['PHONE', '+353 87 447 1209'],
      ['IBAN', 'IE41BOFI90001744712093'],
    ],
  },
  {
    name: 'RSpec let blocks with a customer and an accountant, expectations on recipients and a salutation by given name',
    text: `RSpec.describe Invoices::OverdueMailer do
  let(:customer) do
    create(:customer,
           name: 'Svetlana Petrović',
           email: 'svetlana.petrovic@sbb.rs',
           billing_phone: '+381 63 447 1209')
  end
  let(:accountant) { build(:user, name: 'Obinna Chukwuemeka', email: 'obinna@ledgerly.ng') }
  let(:invoice) { create(:invoice, customer: customer, number: 'INV-2024-0447', total_cents: 129_900) }

  it 'copies the accountant and greets the customer' do
    mail = described_class.overdue(invoice, cc: accountant)

    expect(mail.to).to eq(['svetlana.petrovic@sbb.rs'])
    expect(mail.cc).to eq(['obinna@ledgerly.ng'])
    expect(mail.body.encoded).to include('Dear Svetlana')
  end
end`,
    // The invoice number and amount are not ours.
    expected: [
      ['PERSON', 'Svetlana Petrović'],
      ['EMAIL', 'svetlana.petrovic@sbb.rs'],
      ['PHONE', '+381 63 447 1209'],
      ['PERSON', 'Obinna Chukwuemeka'],
      ['EMAIL', 'obinna@ledgerly.ng'],
      ['EMAIL', 'svetlana.petrovic@sbb.rs'],
      ['EMAIL', 'obinna@ledgerly.ng'],
      ['PERSON', 'Svetlana'],
    ],
  },
  {
    name: 'Go table-driven test normalising contacts: padded and upper-case inputs, E.164 outputs, a placeholder row, a golden path',
    text: `package contacts

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name   string
		in     Contact
		want   Contact
		golden string
	}{
		{
			name:   "trims and lowercases",
			in:     Contact{FullName: "  Siosaia Taufa ", Email: "SIOSAIA.TAUFA@Gmail.com", Phone: "+64 21 447 1209"},
			want:   Contact{FullName: "Siosaia Taufa", Email: "siosaia.taufa@gmail.com", Phone: "+64214471209"},
			golden: "testdata/taufa.golden",
		},
		{
			name: "uk landline gets country code",
			in:   Contact{FullName: "Marguerite Oyelaran-Diallo", Phone: "020 7946 0321"},
			want: Contact{FullName: "Marguerite Oyelaran-Diallo", Phone: "+442079460321"},
		},
		{
			name: "placeholder is rejected",
			in:   Contact{FullName: "John Doe", Email: "john.doe@example.com"},
			want: Contact{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Normalize(tt.in)); diff != "" {
				t.Errorf("Normalize(%q) mismatch (-want +got):\\n%s", tt.in.FullName, diff)
			}
		})
	}
}`,
    // John Doe and example.com are placeholders; the golden file path is not a name.
    expected: [
      ['PERSON', 'Siosaia Taufa'],
      ['EMAIL', 'SIOSAIA.TAUFA@Gmail.com'],
      ['PHONE', '+64 21 447 1209'],
      ['PERSON', 'Siosaia Taufa'],
      ['EMAIL', 'siosaia.taufa@gmail.com'],
      ['PHONE', '+64214471209'],
      ['PERSON', 'Marguerite Oyelaran-Diallo'],
      ['PHONE', '020 7946 0321'],
      ['PERSON', 'Marguerite Oyelaran-Diallo'],
      ['PHONE', '+442079460321'],
    ],
  },
  {
    name: 'xUnit InlineData: valid and off-by-one IBANs and cards, and a customer record whose ToString masks the card',
    text: `public class PaymentValidationTests
{
    [Theory]
    [InlineData("DE86 1203 0000 0044 7120 93", true)]
    [InlineData("DE87 1203 0000 0044 7120 93", false)]   // check digits off by one
    [InlineData("GB37BARC20325344712099", true)]
    public void Iban_IsValid(string iban, bool expected) =>
        Assert.Equal(expected, IbanValidator.IsValid(iban));

    [Theory]
    [InlineData("4012 8880 4471 2095", true)]
    [InlineData("4012 8880 4471 2096", false)]   // fails Luhn
    public void Card_PassesLuhn(string pan, bool expected) =>
        Assert.Equal(expected, Luhn.IsValid(pan));

    [Fact]
    public void Customer_ToString_MasksCard()
    {
        var c = new Customer(Name: "Nomvula Dlamini", Card: "4917 6100 2287 3640", BirthDate: DateOnly.Parse("1990-08-21"));
        Assert.Equal("Nomvula Dlamini (**** 3640)", c.ToString());
    }
}`,
    // The DE87 IBAN and the card ending 2096 fail their check digits; **** 3640 is masked.
    expected: [
      ['IBAN', 'DE86 1203 0000 0044 7120 93'],
      ['IBAN', 'GB37BARC20325344712099'],
      ['CREDIT_CARD', '4012 8880 4471 2095'],
      ['PERSON', 'Nomvula Dlamini'],
      ['CREDIT_CARD', '4917 6100 2287 3640'],
      ['DATE_OF_BIRTH', '1990-08-21'],
      ['PERSON', 'Nomvula Dlamini'],
    ],
  },
  {
    name: 'PHPUnit data provider of phone inputs and E.164 outputs, with an order id, a date and a short number that are not phones',
    text: `<?php

use PHPUnit\\Framework\\Attributes\\DataProvider;
use PHPUnit\\Framework\\TestCase;

final class PhoneNormalizerTest extends TestCase
{
    public static function numbers(): array
    {
        return [
            'uk mobile'       => ['07700 900 412', '+447700900412'],
            'berlin landline' => ['030 901820-44', '+493090182044'],
            'us with ext'     => ['+1 (415) 555-0132 ext. 12', '+14155550132'],
            'kenya mobile'    => ['+254 722 447 120', '+254722447120'],
            'too short'       => ['12345', null],
            'order id'        => ['ORD-2024-004471', null],
            'iso date'        => ['2024-03-12', null],
        ];
    }

    #[DataProvider('numbers')]
    public function testNormalize(string $input, ?string $expected): void
    {
        self::assertSame($expected, (new PhoneNormalizer())->normalize($input));
    }
}`,
    // 12345, the order id and the date are not phones; the extension label is no part of the number.
    expected: [
      ['PHONE', '07700 900 412'],
      ['PHONE', '+447700900412'],
      ['PHONE', '030 901820-44'],
      ['PHONE', '+493090182044'],
      ['PHONE', '+1 (415) 555-0132'],
      ['PHONE', '+14155550132'],
      ['PHONE', '+254 722 447 120'],
      ['PHONE', '+254722447120'],
    ],
  },
  {
    name: 'Playwright end-to-end test logging in with a real agent account and searching for a customer by name',
    text: `import { expect, test } from '@playwright/test';

test.use({ baseURL: 'https://admin.staging.kestrel.io' });

test('support agent can refund a duplicate charge', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('lindiwe.khumalo@kestrel.io');
  await page.getByLabel('Password').fill('Baobab-Sun-4471');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await page.getByPlaceholder('Search customers').fill('Tariq Haddad');
  await page.getByRole('row', { name: /Tariq Haddad/ }).click();
  await expect(page.getByText('tariq.haddad@outlook.com')).toBeVisible();
  await expect(page.getByText('+971 50 447 1209')).toBeVisible();

  await page.getByRole('button', { name: 'Refund' }).first().click();
  await expect(page.getByRole('alert')).toHaveText('Refund of AED 129.00 issued');
});`,
    // Button labels, the base URL and the amount are not data.
    expected: [
      ['EMAIL', 'lindiwe.khumalo@kestrel.io'],
      ['SECRET', 'Baobab-Sun-4471'],
      ['PERSON', 'Tariq Haddad'],
      ['PERSON', 'Tariq Haddad'],
      ['EMAIL', 'tariq.haddad@outlook.com'],
      ['PHONE', '+971 50 447 1209'],
    ],
  },
  // ---------------------------------------------------------------- factories
  {
    name: 'factory_bot definitions: Faker defaults and an example.com sequence, a trait pinned to a ticket’s customer, an admin with a GitHub token',
    text: `FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "user#{n}@example.com" }
    name { Faker::Name.name }
    password { 'password' }

    trait :support_escalation do
      # reproduces ZD-44712 — customer from the ticket, do not change
      name { 'Marisol Quintanilla-Vega' }
      email { 'marisol.qv@prodigy.net.mx' }
      phone { '+52 55 4471 2093' }
    end
  end

  factory :admin, parent: :user do
    name { 'Ravi Shankar Iyer' }
    email { 'ravi.iyer@kestrelhq.com' }
    github_token { '${githubTokenFactory}' }
  end
end`,
    // The example.com sequence, Faker::Name.name and the placeholder password are not data; ZD-44712 is a ticket.
    expected: [
      ['PERSON', 'Marisol Quintanilla-Vega'],
      ['EMAIL', 'marisol.qv@prodigy.net.mx'],
      ['PHONE', '+52 55 4471 2093'],
      ['PERSON', 'Ravi Shankar Iyer'],
      ['EMAIL', 'ravi.iyer@kestrelhq.com'],
      ['SECRET', githubTokenFactory],
    ],
  },
  {
    name: 'Factory Boy with Faker declarations and a test that overrides a patient and a GP, asserting on a DOB line and a salutation',
    text: `import factory
from clinic.models import GP, Patient
from clinic.letters import render_discharge_letter


class PatientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Patient

    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda o: f"{o.first_name}.{o.last_name}@example.org".lower())
    date_of_birth = factory.Faker("date_of_birth", minimum_age=18)
    nhs_number = factory.Sequence(lambda n: f"999{n:07d}")


def test_discharge_letter_mentions_gp(db):
    patient = PatientFactory(first_name="Eilidh", last_name="MacLeod", date_of_birth="1948-03-09", phone="07700 900 871")
    gp = GP.objects.create(name="Dr Anwar Qureshi", practice="Hawthorn Medical Centre")
    letter = render_discharge_letter(patient, gp)
    assert "Dear Dr Qureshi" in letter
    assert "Eilidh MacLeod (DOB 09/03/1948)" in letter`,
    // Faker declarations, the example.org pattern and the NHS sequence are not data; the practice is not a person.
    expected: [
      ['PERSON', 'Eilidh'],
      ['PERSON', 'MacLeod'],
      ['DATE_OF_BIRTH', '1948-03-09'],
      ['PHONE', '07700 900 871'],
      ['PERSON', 'Anwar Qureshi'],
      ['PERSON', 'Qureshi'],
      ['PERSON', 'Eilidh MacLeod'],
      ['DATE_OF_BIRTH', '09/03/1948'],
    ],
  },
  // ---------------------------------------------------------------- mocks and stories
  {
    name: 'MSW handlers returning a current user with a last-login IP, account contacts, and a JWT from the login mock',
    text: `import { http, HttpResponse } from 'msw';

export const handlers = [
  http.get('/api/me', () =>
    HttpResponse.json({
      id: 'usr_01HQ4471XM9RTZ',
      displayName: 'Keoni Kahale',
      email: 'keoni.kahale@hawaiiantel.net',
      avatarUrl: 'https://cdn.kestrel.io/avatars/usr_01HQ4471XM9RTZ.png',
      lastLoginIp: '172.31.44.19',
    }),
  ),
  http.get('/api/accounts/:id/contacts', () =>
    HttpResponse.json([
      { name: 'Sakura Watanabe', role: 'Billing', phone: '+81 90-4471-2093' },
      { name: 'Rustam Nazarov', role: 'Technical', phone: '+998 90 447 12 09' },
    ]),
  ),
  http.post('/api/login', () =>
    HttpResponse.json({ token: '${mswJwt}', expiresIn: 3600 }),
  ),
];`,
    // The user id and avatar URL are not ours; roles are not names.
    expected: [
      ['PERSON', 'Keoni Kahale'],
      ['EMAIL', 'keoni.kahale@hawaiiantel.net'],
      ['IP_ADDRESS', '172.31.44.19'],
      ['PERSON', 'Sakura Watanabe'],
      ['PHONE', '+81 90-4471-2093'],
      ['PERSON', 'Rustam Nazarov'],
      ['PHONE', '+998 90 447 12 09'],
      ['SECRET', mswJwt],
    ],
  },
  {
    name: 'Storybook stories for a profile card: a placeholder default, a long Spanish name with a birthday, an Arabic-script name',
    text: `import type { Meta, StoryObj } from '@storybook/react';
import { ProfileCard } from './ProfileCard';

const meta: Meta<typeof ProfileCard> = { title: 'Account/ProfileCard', component: ProfileCard };
export default meta;
type Story = StoryObj<typeof ProfileCard>;

export const Default: Story = {
  args: { name: 'Jane Doe', email: 'jane.doe@example.com' },
};

export const LongName: Story = {
  args: {
    name: 'María Guadalupe Hernández de la Cruz',
    email: 'lupita.hdzcruz@hotmail.com',
    phone: '+52 33 1447 2093',
    birthday: '1984-11-02',
  },
};

export const RightToLeft: Story = {
  args: { name: 'ليلى حداد', email: 'layla.haddad@gmail.com', phone: '+961 3 447 120' },
  parameters: { direction: 'rtl' },
};`,
    // Jane Doe and example.com are placeholders; story and component names are not people.
    expected: [
      ['PERSON', 'María Guadalupe Hernández de la Cruz'],
      ['EMAIL', 'lupita.hdzcruz@hotmail.com'],
      ['PHONE', '+52 33 1447 2093'],
      ['DATE_OF_BIRTH', '1984-11-02'],
      ['PERSON', 'ليلى حداد'],
      ['EMAIL', 'layla.haddad@gmail.com'],
      ['PHONE', '+961 3 447 120'],
    ],
  },
  {
    name: 'Stripe customer mock JSON in __mocks__: card last four and fingerprint, CRM owner and signup IP in metadata',
    text: `// __mocks__/stripe/customer.retrieve.json
{
  "id": "cus_PqX4471RtZ9Lme",
  "object": "customer",
  "created": 1709913600,
  "email": "h.vandenberg@ziggo.nl",
  "name": "Hendrik van den Berg",
  "phone": "+31 6 44712093",
  "address": { "line1": "Prinsengracht 263", "city": "Amsterdam", "postal_code": "1016 GV", "country": "NL" },
  "invoice_settings": { "default_payment_method": "pm_1OqX4471RtZ9LmeKx2" },
  "payment_method": {
    "card": { "brand": "visa", "last4": "4242", "exp_month": 8, "exp_year": 2027, "fingerprint": "Xq7vLm2R9tKzW4pB" }
  },
  "metadata": { "crm_owner": "Ayşe Demir", "signup_ip": "84.241.197.33" },
  "livemode": false
}`,
    // Stripe object ids, last4, the fingerprint, the timestamp and the postal code are not ours.
    expected: [
      ['EMAIL', 'h.vandenberg@ziggo.nl'],
      ['PERSON', 'Hendrik van den Berg'],
      ['PHONE', '+31 6 44712093'],
      ['PERSON', 'Ayşe Demir'],
      ['IP_ADDRESS', '84.241.197.33'],
    ],
  },
  // ---------------------------------------------------------------- API material
  {
    name: 'Postman collection v2.1 with an API-key auth block, an escaped JSON body and an admin password variable',
    text: `{
  "info": {
    "name": "Kestrel Partner API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "value", "value": "${partnerApiKey}", "type": "string" },
      { "key": "key", "value": "X-API-Key", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "Create referral",
      "request": {
        "method": "POST",
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": {
          "mode": "raw",
          "raw": "{\\n  \\"referrer\\": \\"Trần Bảo Ngọc\\",\\n  \\"referee_email\\": \\"minhkhoa.le@gmail.com\\",\\n  \\"referee_phone\\": \\"+84 912 447 120\\"\\n}"
        },
        "url": "{{baseUrl}}/v2/referrals"
      }
    }
  ],
  "variable": [
    { "key": "baseUrl", "value": "https://partner-api.kestrel.io" },
    { "key": "adminPassword", "value": "Gecko-Moon-2093" }
  ]
}`,
    // The header name X-API-Key, the schema URL and {{baseUrl}} are not data.
    expected: [
      ['SECRET', partnerApiKey],
      ['PERSON', 'Trần Bảo Ngọc'],
      ['EMAIL', 'minhkhoa.le@gmail.com'],
      ['PHONE', '+84 912 447 120'],
      ['SECRET', 'Gecko-Moon-2093'],
    ],
  },
  {
    name: 'REST Client .http file: a token variable, a create body with a birth date, an SSN search, a form login',
    text: `@baseUrl = https://api.staging.kestrel.io
@token = ${stagingJwt}

### Create a customer
POST {{baseUrl}}/v1/customers
Authorization: Bearer {{token}}
Content-Type: application/json

{
  "name": "Chinedu Eze",
  "email": "chinedu.eze@gmail.com",
  "phone": "+234 803 447 1209",
  "dateOfBirth": "1991-06-25"
}

### Look up by SSN (support tool)
GET {{baseUrl}}/v1/customers/search?ssn=412-44-7120
Authorization: Bearer {{token}}

### Service login
POST {{baseUrl}}/v1/auth/login
Content-Type: application/x-www-form-urlencoded

username=svc-support&password=Quokka!Tide-4471`,
    // {{token}} and {{baseUrl}} are references; svc-support is a login.
    expected: [
      ['SECRET', stagingJwt],
      ['PERSON', 'Chinedu Eze'],
      ['EMAIL', 'chinedu.eze@gmail.com'],
      ['PHONE', '+234 803 447 1209'],
      ['DATE_OF_BIRTH', '1991-06-25'],
      ['US_SSN', '412-44-7120'],
      ['SECRET', 'Quokka!Tide-4471'],
    ],
  },
  {
    name: 'cURL snippets from a README: basic auth with a password, a live Stripe key as -u user, a form body with a customer',
    text: `## Quick checks

# Jira: fetch the ticket the bot opened
curl -u 'ingest-bot:Pl4typ#s-Rain-2093' https://jira.kestrel.io/rest/api/2/issue/OPS-4471

# Stripe: recreate the customer from the failed webhook
curl https://api.stripe.com/v1/customers \\
  -u ${stripeLiveCurl}: \\
  -d email="femi.adebayo@yahoo.com" \\
  -d name="Femi Adebayo" \\
  -d phone="+2348034471209"

# OpenAI: list models (key from your shell)
curl -H "Authorization: Bearer $OPENAI_API_KEY" https://api.openai.com/v1/models

# local health check
curl -s http://localhost:8080/healthz`,
    // $OPENAI_API_KEY is a variable name; localhost:8080 and the ticket key are not data; ingest-bot is a login.
    expected: [
      ['SECRET', 'Pl4typ#s-Rain-2093'],
      ['SECRET', stripeLiveCurl],
      ['EMAIL', 'femi.adebayo@yahoo.com'],
      ['PERSON', 'Femi Adebayo'],
      ['PHONE', '+2348034471209'],
    ],
  },
  {
    name: 'OpenAPI 3 request examples: a placeholder minimal example and a payload copied from a ticket with a South African id',
    text: `paths:
  /v1/customers:
    post:
      summary: Create a customer
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Customer' }
            examples:
              minimal:
                summary: Minimal
                value: { name: Jane Doe, email: jane.doe@example.com }
              fromTicket:
                summary: Payload from SUP-2291 that returned 422 (copied from prod logs)
                value:
                  name: Thandiwe Mokoena
                  email: thandi.mokoena@vodamail.co.za
                  phone: "+27 82 447 1209"
                  id_number: "9001015009087"
                  date_of_birth: "1990-01-01"
components:
  schemas:
    Customer:
      type: object
      required: [name, email]
      properties:
        name: { type: string, maxLength: 120, example: Jane Doe }
        email: { type: string, format: email, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', example: jane.doe@example.com }
        phone: { type: string, pattern: '^\\+[1-9]\\d{7,14}$', example: "+1-202-555-0173" }`,
    // The South African id number is a national id; Jane Doe and example.com are placeholders; the patterns are regexes. A 555-01xx example is still a phone.
    expected: [
      ['PERSON', 'Thandiwe Mokoena'],
      ['EMAIL', 'thandi.mokoena@vodamail.co.za'],
      ['PHONE', '+27 82 447 1209'],
      ['DATE_OF_BIRTH', '1990-01-01'],
      ['PHONE', '+1-202-555-0173'],
    ],
  },
  {
    name: 'GraphQL mutation with variables and headers: a shipping recipient on a street named after a person, a Shopify access token',
    text: `# operation
mutation UpdateShippingAddress($input: MailingAddressInput!, $customerId: ID!) {
  customerAddressUpdate(customerId: $customerId, address: $input) {
    customerAddress { id firstName lastName address1 city phone }
    userErrors { field message }
  }
}

# variables
{
  "customerId": "gid://shopify/Customer/7044712093",
  "input": {
    "firstName": "Ingeborg",
    "lastName": "Halvorsen",
    "address1": "Thorvald Meyers gate 44",
    "city": "Oslo",
    "zip": "0555",
    "phone": "+47 926 44 712",
    "email": "ingeborg.h@icloud.com"
  }
}

# headers
{ "X-Shopify-Access-Token": "${shopifyToken}", "Content-Type": "application/json" }`,
    // Thorvald Meyers gate is a street; the gid, zip and field names are not data.
    expected: [
      ['PERSON', 'Ingeborg'],
      ['PERSON', 'Halvorsen'],
      ['PHONE', '+47 926 44 712'],
      ['EMAIL', 'ingeborg.h@icloud.com'],
      ['SECRET', shopifyToken],
    ],
  },
  // ---------------------------------------------------------------- configuration
  {
    name: 'terraform.tfvars for prod: master password, AWS keys, Datadog key, allow-listed hosts, an escalation list; a VPC CIDR',
    text: `# envs/prod/terraform.tfvars
region              = "eu-west-1"
vpc_cidr            = "10.40.0.0/16"
db_master_username  = "kestrel_admin"
db_master_password  = "Fj9#qLx2-Wm7Rt"
aws_access_key      = "${awsKeyId}"
aws_secret_key      = "${awsSecret}"
datadog_api_key     = "${datadogApiKey}"
bastion_allowed_ips = ["81.2.69.142", "203.0.113.45"]

pagerduty_escalation = [
  { name = "Nkosana Zulu", email = "nkosana.zulu@kestrel.io", phone = "+27 71 447 1209" },
  { name = "Emma Lindgren", email = "emma.lindgren@kestrel.io", phone = "+46 70 447 12 09" },
]

instance_type = "m6i.large"
min_size      = 2`,
    // The VPC CIDR is a range, kestrel_admin a login, the region and instance type are not data.
    expected: [
      ['SECRET', 'Fj9#qLx2-Wm7Rt'],
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
      ['SECRET', datadogApiKey],
      ['IP_ADDRESS', '81.2.69.142'],
      ['IP_ADDRESS', '203.0.113.45'],
      ['PERSON', 'Nkosana Zulu'],
      ['EMAIL', 'nkosana.zulu@kestrel.io'],
      ['PHONE', '+27 71 447 1209'],
      ['PERSON', 'Emma Lindgren'],
      ['EMAIL', 'emma.lindgren@kestrel.io'],
      ['PHONE', '+46 70 447 12 09'],
    ],
  },
  {
    name: 'Ansible group_vars for database servers: plaintext passwords beside vault references, replica addresses, a PEM key block',
    text: `# inventory/group_vars/dbservers.yml
postgresql_version: "15"
postgresql_listen_addresses: "0.0.0.0"
postgresql_users:
  - name: app_rw
    password: "Wombat-Glide-5520"
  - name: "{{ vault_readonly_user }}"
    password: "{{ vault_readonly_password }}"
replication_primary: 10.12.3.21
replication_standby: 10.12.3.22
ansible_become_password: "Tr!ton-Sail-8834"
dba_contact: "Laila Rahimi <laila.rahimi@kestrel.io>"
pg_tls_key: |
  ${ansibleTlsKey}`,
    // Vault references are not values; 0.0.0.0 is a wildcard, "15" a version, app_rw a login.
    expected: [
      ['SECRET', 'Wombat-Glide-5520'],
      ['IP_ADDRESS', '10.12.3.21'],
      ['IP_ADDRESS', '10.12.3.22'],
      ['SECRET', 'Tr!ton-Sail-8834'],
      ['PERSON', 'Laila Rahimi'],
      ['EMAIL', 'laila.rahimi@kestrel.io'],
      ['SECRET', ansibleTlsKey],
    ],
  },
  {
    name: '.env.local with connection-URL passwords, provider keys and a seeded admin, pasted with its .env.example of placeholders',
    text: `# .env.local — DO NOT COMMIT
NODE_ENV=development
PORT=3000
DATABASE_URL=postgresql://app:Gx8vQm2-Lt4z@10.20.4.17:5432/kestrel
REDIS_URL=redis://:Rd7#Vq2x@10.20.4.18:6379/0
STRIPE_SECRET_KEY=${stripeLiveEnv}
ANTHROPIC_API_KEY=${anthropicKey}
SENDGRID_API_KEY=${sendgridKey}
SUPPORT_INBOX=help@kestrel.io
SEED_ADMIN_NAME="Harriet Osei"
SEED_ADMIN_EMAIL=harriet.osei@kestrel.io
SEED_ADMIN_PASSWORD=Adinkra-2024!vq

# .env.example
DATABASE_URL=postgresql://user:password@localhost:5432/kestrel
STRIPE_SECRET_KEY=sk_live_xxx
ANTHROPIC_API_KEY=your-api-key
SEED_ADMIN_EMAIL=admin@example.com
SEED_ADMIN_PASSWORD=changeme`,
    // The .env.example values are placeholders; variable names, the port and localhost are not data.
    expected: [
      ['SECRET', 'Gx8vQm2-Lt4z'],
      ['IP_ADDRESS', '10.20.4.17'],
      ['SECRET', 'Rd7#Vq2x'],
      ['IP_ADDRESS', '10.20.4.18'],
      ['SECRET', stripeLiveEnv],
      ['SECRET', anthropicKey],
      ['SECRET', sendgridKey],
      ['EMAIL', 'help@kestrel.io'],
      ['PERSON', 'Harriet Osei'],
      ['EMAIL', 'harriet.osei@kestrel.io'],
      ['SECRET', 'Adinkra-2024!vq'],
    ],
  },
  {
    name: 'docker-compose.yml: a Postgres password in the environment and again in a URL, a pgAdmin login e-mail, an extra host',
    text: `services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: kestrel
      POSTGRES_PASSWORD: "Pg-Velvet-7731"
    ports: ["5432:5432"]
  pgadmin:
    image: dpage/pgadmin4:8.4
    environment:
      PGADMIN_DEFAULT_EMAIL: "goran.petrovic@kestrel.io"
      PGADMIN_DEFAULT_PASSWORD: "\${PGADMIN_PASSWORD}"
    ports: ["5050:80"]
  api:
    build: .
    environment:
      DATABASE_URL: postgres://kestrel:Pg-Velvet-7731@db:5432/kestrel
      JWT_SECRET: \${JWT_SECRET:?set JWT_SECRET}
      MAIL_FROM: no-reply@example.com
    extra_hosts:
      - "ldap.internal:10.8.0.14"
    depends_on: [db]`,
    // ${PGADMIN_PASSWORD} and ${JWT_SECRET} are references; image tags and ports are not data; example.com is reserved.
    expected: [
      ['SECRET', 'Pg-Velvet-7731'],
      ['EMAIL', 'goran.petrovic@kestrel.io'],
      ['SECRET', 'Pg-Velvet-7731'],
      ['IP_ADDRESS', '10.8.0.14'],
    ],
  },
  // ---------------------------------------------------------------- mobile and typed code
  {
    name: 'Kotlin DemoData object: support line, an app-review demo account and password, a Maps key, a sample driver',
    text: `package io.kestrel.rides.demo

object DemoData {
    const val SUPPORT_PHONE = "+49 30 44712093"
    // Demo account for App Store / Play review — do not delete
    const val REVIEWER_EMAIL = "appreview.kestrel@gmail.com"
    const val REVIEWER_PASSWORD = "Kestrel-Review-8812"
    const val MAPS_API_KEY = "${mapsApiKey}"

    val sampleDriver = Driver(
        id = 4471,
        fullName = "Bogdan Ionescu",
        phone = "+40 721 447 120",
        licensePlate = "B 447 KST",
        rating = 4.92,
    )
}`,
    // The licence plate, id and rating are not ours.
    expected: [
      ['PHONE', '+49 30 44712093'],
      ['EMAIL', 'appreview.kestrel@gmail.com'],
      ['SECRET', 'Kestrel-Review-8812'],
      ['SECRET', mapsApiKey],
      ['PERSON', 'Bogdan Ionescu'],
      ['PHONE', '+40 721 447 120'],
    ],
  },
  {
    name: 'SwiftUI preview data: a child patient with given and family name fields, a birth date, a guardian; a UUID',
    text: `import SwiftUI

extension Patient {
    static let preview = Patient(
        id: UUID(uuidString: "6F1C2A7E-4471-4C2B-9D3E-2093AB44C1D0")!,
        givenName: "Aiyana",
        familyName: "Redcloud",
        birthDate: Date.fromISO("2016-04-19"),
        guardian: Guardian(name: "Winona Redcloud", phone: "(605) 555-0178"),
        allergies: ["penicillin"]
    )
}

#Preview {
    PatientCard(patient: .preview)
        .padding()
}`,
    // The UUID and the allergy are not ours.
    expected: [
      ['PERSON', 'Aiyana'],
      ['PERSON', 'Redcloud'],
      ['DATE_OF_BIRTH', '2016-04-19'],
      ['PERSON', 'Winona Redcloud'],
      ['PHONE', '(605) 555-0178'],
    ],
  },
  {
    name: 'Java builder in a pricing test: an Italian policyholder with codice fiscale and a street named after Garibaldi',
    text: `@Test
void quoteForExistingPolicyholder() {
    Policyholder holder = Policyholder.builder()
            .fullName("Giuseppina Russo")
            .dateOfBirth(LocalDate.parse("1962-05-30"))
            .codiceFiscale("RSSGPP62E70F205Z")
            .address(new Address("Via Giuseppe Garibaldi 44", "20121", "Milano"))
            .email("giusy.russo@libero.it")
            .mobile("+39 347 447 1209")
            .build();

    Quote quote = pricing.quote(holder, Product.HOME_PLUS);

    assertThat(quote.premium()).isEqualByComparingTo("412.80");
    verify(mailer).send(eq("giusy.russo@libero.it"), contains("Gentile Giuseppina Russo"));
}`,
    // The codice fiscale is a national id; Via Giuseppe Garibaldi is a street; the CAP and premium are not ours.
    expected: [
      ['PERSON', 'Giuseppina Russo'],
      ['DATE_OF_BIRTH', '1962-05-30'],
      ['EMAIL', 'giusy.russo@libero.it'],
      ['PHONE', '+39 347 447 1209'],
      ['EMAIL', 'giusy.russo@libero.it'],
      ['PERSON', 'Giuseppina Russo'],
    ],
  },
  {
    name: 'Rust serde test: a billing contact struct and the expected JSON in a raw string',
    text: `#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_billing_contact() {
        let contact = BillingContact {
            name: "Paulo Tavita".into(),
            email: "paulo.tavita@gmail.com".into(),
            phone: Some("+685 7447120".into()),
            vat_id: None,
        };
        let json = serde_json::to_string(&contact).unwrap();
        assert_eq!(
            json,
            r#"{"name":"Paulo Tavita","email":"paulo.tavita@gmail.com","phone":"+685 7447120","vat_id":null}"#
        );
    }
}`,
    // Nothing else here is data.
    expected: [
      ['PERSON', 'Paulo Tavita'],
      ['EMAIL', 'paulo.tavita@gmail.com'],
      ['PHONE', '+685 7447120'],
      ['PERSON', 'Paulo Tavita'],
      ['EMAIL', 'paulo.tavita@gmail.com'],
      ['PHONE', '+685 7447120'],
    ],
  },
  {
    name: 'SQL migration backfilling a merged account for a named customer, with a DOB in the audit note and an old login',
    text: `-- V2024_03_12_1__backfill_merged_account.sql
-- SUP-4471: Mrs Fiorella Caballero-Nuñez asked by phone on 2024-03-08 to merge her two accounts.
-- Her old login fcaballero74 must resolve to the surviving account 44712.
BEGIN;

UPDATE accounts
   SET email       = 'fiorella.caballero@gmail.com',
       phone       = '+51 987 447 120',
       merged_from = 88412
 WHERE id = 44712;

UPDATE accounts SET status = 'merged', email = NULL, login = 'fcaballero74' WHERE id = 88412;

INSERT INTO audit_log (account_id, actor, note)
VALUES (44712, 'kwame.boateng@kestrel.io', 'manual merge per SUP-4471, caller verified DOB 1974-02-11');

COMMIT;`,
    // The old login, account ids, ticket and the call date are not ours.
    expected: [
      ['PERSON', 'Fiorella Caballero-Nuñez'],
      ['EMAIL', 'fiorella.caballero@gmail.com'],
      ['PHONE', '+51 987 447 120'],
      ['EMAIL', 'kwame.boateng@kestrel.io'],
      ['DATE_OF_BIRTH', '1974-02-11'],
    ],
  },
  // ---------------------------------------------------------------- source control
  {
    name: 'pull-request diff swapping an on-call contact, with a Slack webhook on a removed line and review comments by handle',
    text: `src/config/escalation.ts
@@ -12,9 +12,9 @@ export const ESCALATION = {
-  primary: { name: 'Declan Byrne', email: 'declan.byrne@kestrel.io', phone: '+353 86 447 1209' },
+  primary: { name: 'Aisha Bello', email: 'aisha.bello@kestrel.io', phone: '+234 809 447 1209' },
   secondary: { name: 'Wen Jie Lim', email: 'wenjie.lim@kestrel.io' },
-  webhook: '${slackWebhook}',
+  webhook: process.env.ESCALATION_WEBHOOK,
   retries: 3,

marek-nowak commented on line 15
> Aisha is on leave until April — can we keep Declan as primary until then? Also please don't hard-code phone numbers here; pull them from PagerDuty.

aisha-bello replied
> Good catch. I'll revert the primary and move the numbers. The old webhook is revoked.`,
    // marek-nowak and aisha-bello are handles; ESCALATION_WEBHOOK is a variable name; the hunk header is not data.
    expected: [
      ['PERSON', 'Declan Byrne'],
      ['EMAIL', 'declan.byrne@kestrel.io'],
      ['PHONE', '+353 86 447 1209'],
      ['PERSON', 'Aisha Bello'],
      ['EMAIL', 'aisha.bello@kestrel.io'],
      ['PHONE', '+234 809 447 1209'],
      ['PERSON', 'Wen Jie Lim'],
      ['EMAIL', 'wenjie.lim@kestrel.io'],
      ['SECRET', slackWebhook],
      ['PERSON', 'Aisha'],
      ['PERSON', 'Declan'],
    ],
  },
  {
    name: 'git log with a reporter named in the body and Signed-off-by, Co-authored-by (noreply) and Reviewed-by trailers',
    text: `commit 9f2c4e1a7b3d5f60844712093ab1c2d3e4f5a6b7
Author: Chiamaka Eze-Okafor <chiamaka.eze@kestrel.io>
Date:   Tue Mar 12 14:07:33 2024 +0000

    fix(billing): stop double-charging annual plans on proration

    Reported by Lorenzo Bianchi (lorenzo@trattoria-bianchi.it) on invoice
    INV-2024-0447; the proration ran twice when the plan changed mid-cycle.

    Signed-off-by: Chiamaka Eze-Okafor <chiamaka.eze@kestrel.io>
    Co-authored-by: Pedro Henrique Alves <41220938+phalves@users.noreply.github.com>
    Reviewed-by: Sun-hee Park <sunhee.park@kestrel.io>

commit 3b7e0d9c21f4a8e6b5d4c3a2918f7e6d5c4b3a29
Author: Mirela Dumitrescu <mirela.d@kestrel.io>
Date:   Mon Mar 11 09:02:11 2024 +0200

    chore(deps): bump express from 4.18.2 to 4.19.2

    Refs: OPS-4471`,
    // Commit SHAs, versions, dates and the invoice number are not ours.
    expected: [
      ['PERSON', 'Chiamaka Eze-Okafor'],
      ['EMAIL', 'chiamaka.eze@kestrel.io'],
      ['PERSON', 'Lorenzo Bianchi'],
      ['EMAIL', 'lorenzo@trattoria-bianchi.it'],
      ['PERSON', 'Chiamaka Eze-Okafor'],
      ['EMAIL', 'chiamaka.eze@kestrel.io'],
      ['PERSON', 'Pedro Henrique Alves'],
      ['EMAIL', '41220938+phalves@users.noreply.github.com'],
      ['PERSON', 'Sun-hee Park'],
      ['EMAIL', 'sunhee.park@kestrel.io'],
      ['PERSON', 'Mirela Dumitrescu'],
      ['EMAIL', 'mirela.d@kestrel.io'],
    ],
  },
  {
    name: 'git blame of a config module: hard-coded admin e-mails, an SMTP password and an SFTP URL, a TODO handle, a Dijkstra constant',
    text: `^a1b2c3d (Rahul Deshpande  2021-07-14 10:22:05 +0530 41) export const ADMIN_EMAILS = ['rahul.deshpande@kestrel.io', 'ops@kestrel.io'];
7f3e9a20 (Ewa Zielińska    2023-11-02 16:40:51 +0100 42) export const FALLBACK_SMTP_PASS = 'Zx7!mQ2vLt9r';
7f3e9a20 (Ewa Zielińska    2023-11-02 16:40:51 +0100 43) // TODO(ewa): move to Vault before release
e4d5c6b7 (Kofi Boateng     2024-01-19 09:03:12 +0000 44) export const LEGACY_SFTP = 'sftp://exports:Fenn3l-Rk44@10.44.0.12/outbound';
e4d5c6b7 (Kofi Boateng     2024-01-19 09:03:12 +0000 45) export const DIJKSTRA_MAX_NODES = 10_000;`,
    // Abbreviated SHAs, timestamps and line numbers are not ours; ewa in TODO() is a handle; DIJKSTRA is an algorithm.
    expected: [
      ['PERSON', 'Rahul Deshpande'],
      ['EMAIL', 'rahul.deshpande@kestrel.io'],
      ['EMAIL', 'ops@kestrel.io'],
      ['PERSON', 'Ewa Zielińska'],
      ['SECRET', 'Zx7!mQ2vLt9r'],
      ['PERSON', 'Ewa Zielińska'],
      ['PERSON', 'Kofi Boateng'],
      ['SECRET', 'Fenn3l-Rk44'],
      ['IP_ADDRESS', '10.44.0.12'],
      ['PERSON', 'Kofi Boateng'],
    ],
  },
  {
    name: 'git shortlog -sne with a CI identity and root@localhost, then the .mailmap that folds personal addresses',
    text: `$ git shortlog -sne --since=2023-01-01 HEAD
   412	Nadia Benkirane <nadia.benkirane@kestrel.io>
   287	Jonas Weißenborn <jonas.w@kestrel.io>
    96	Thabo Nkosi <thabo@nkosi.dev>
    41	Kestrel CI <ci@kestrel.io>
    12	root <root@localhost>

$ cat .mailmap
Nadia Benkirane <nadia.benkirane@kestrel.io> <nadia@benkirane.dev>
Jonas Weißenborn <jonas.w@kestrel.io> <jonas@weissenborn.de>
Thabo Nkosi <thabo@nkosi.dev> <thabo.nkosi@kestrel.io>`,
    // Commit counts are not ours; Kestrel CI and root are not people; root@localhost is not an address of anyone.
    expected: [
      ['PERSON', 'Nadia Benkirane'],
      ['EMAIL', 'nadia.benkirane@kestrel.io'],
      ['PERSON', 'Jonas Weißenborn'],
      ['EMAIL', 'jonas.w@kestrel.io'],
      ['PERSON', 'Thabo Nkosi'],
      ['EMAIL', 'thabo@nkosi.dev'],
      ['EMAIL', 'ci@kestrel.io'],
      ['PERSON', 'Nadia Benkirane'],
      ['EMAIL', 'nadia.benkirane@kestrel.io'],
      ['EMAIL', 'nadia@benkirane.dev'],
      ['PERSON', 'Jonas Weißenborn'],
      ['EMAIL', 'jonas.w@kestrel.io'],
      ['EMAIL', 'jonas@weissenborn.de'],
      ['PERSON', 'Thabo Nkosi'],
      ['EMAIL', 'thabo@nkosi.dev'],
      ['EMAIL', 'thabo.nkosi@kestrel.io'],
    ],
  },
  {
    name: 'AUTHORS file and CODEOWNERS: people with addresses, a company entry, team and personal @handles, owners by e-mail',
    text: `# AUTHORS
# This is the official list of kestrel-sdk authors for copyright purposes.
# Names should be added to this file as: Name or Organization <email address>
Kestrel Labs Ltd. <legal@kestrel.io>
Adebayo Ogunleye <adebayo@ogunleye.ng>
Maëlle Kervella <maelle.kervella@proton.me>
Hiroshi Tanabe-Moreau <h.tanabe@kestrel.io>

# .github/CODEOWNERS
*                 @kestrel/platform
/src/billing/     @kestrel/payments @mkervella
/docs/            maelle.kervella@proton.me
/src/crypto/      @hiroshi-tm adebayo@ogunleye.ng`,
    // Kestrel Labs Ltd. is a company; @kestrel/platform, @mkervella and @hiroshi-tm are handles.
    expected: [
      ['EMAIL', 'legal@kestrel.io'],
      ['PERSON', 'Adebayo Ogunleye'],
      ['EMAIL', 'adebayo@ogunleye.ng'],
      ['PERSON', 'Maëlle Kervella'],
      ['EMAIL', 'maelle.kervella@proton.me'],
      ['PERSON', 'Hiroshi Tanabe-Moreau'],
      ['EMAIL', 'h.tanabe@kestrel.io'],
      ['EMAIL', 'maelle.kervella@proton.me'],
      ['EMAIL', 'adebayo@ogunleye.ng'],
    ],
  },
  {
    name: 'package.json, Cargo.toml and pyproject.toml author fields; a port credited to a public maintainer; algorithms named after people',
    gap: 'Sindre Sorhus, credited as the public maintainer of the ported library, is wrongly taken for a person to redact',
    text: `// package.json
{
  "name": "@kestrel/retry",
  "version": "3.2.1",
  "description": "Exponential backoff with jitter, a TypeScript port of p-retry by Sindre Sorhus",
  "author": "Shira Ben-David <shira@bendavid.dev> (https://bendavid.dev)",
  "contributors": ["Ömer Çelik <omer.celik@kestrel.io>"],
  "license": "MIT",
  "engines": { "node": ">=18.17.0" }
}

# Cargo.toml
[package]
name = "kestrel-geo"
version = "0.7.3"
edition = "2021"
authors = ["Tevita Fifita <tevita.fifita@kestrel.io>", "Zsófia Kertész <zsofia.kertesz@kestrel.io>"]
description = "Levenshtein and Jaro-Winkler address matching with a Kalman-smoothed geocoder"

# pyproject.toml
[project]
name = "kestrel-etl"
version = "2.4.0"
authors = [{ name = "Ifeoma Nnaji", email = "ifeoma.nnaji@kestrel.io" }]
maintainers = [{ name = "Data Platform", email = "data-platform@kestrel.io" }]`,
    // Sindre Sorhus is a public open-source maintainer credited as such; Levenshtein, Jaro-Winkler and Kalman are algorithms; Data Platform is a team; versions are not data.
    expected: [
      ['PERSON', 'Shira Ben-David'],
      ['EMAIL', 'shira@bendavid.dev'],
      ['PERSON', 'Ömer Çelik'],
      ['EMAIL', 'omer.celik@kestrel.io'],
      ['PERSON', 'Tevita Fifita'],
      ['EMAIL', 'tevita.fifita@kestrel.io'],
      ['PERSON', 'Zsófia Kertész'],
      ['EMAIL', 'zsofia.kertesz@kestrel.io'],
      ['PERSON', 'Ifeoma Nnaji'],
      ['EMAIL', 'ifeoma.nnaji@kestrel.io'],
      ['EMAIL', 'data-platform@kestrel.io'],
    ],
  },
  // ---------------------------------------------------------------- CI and errors
  {
    name: 'GitHub Actions log under set -x: masked keys in env, but a DB password, a token and the release manager echoed in clear',
    text: `2024-03-12T14:07:41.2207713Z ##[group]Run ./scripts/deploy.sh staging
2024-03-12T14:07:41.2208412Z ./scripts/deploy.sh staging
2024-03-12T14:07:41.2251097Z shell: /usr/bin/bash -e {0}
2024-03-12T14:07:41.2251533Z env:
2024-03-12T14:07:41.2251901Z   AWS_ACCESS_KEY_ID: ***
2024-03-12T14:07:41.2252270Z   AWS_SECRET_ACCESS_KEY: ***
2024-03-12T14:07:41.2252633Z   RELEASE_MANAGER: Bettina Hoffmann-Sauer
2024-03-12T14:07:41.2253011Z ##[endgroup]
2024-03-12T14:07:41.3310045Z + echo 'Deploying build 4471 to 10.30.1.15'
2024-03-12T14:07:41.3311102Z Deploying build 4471 to 10.30.1.15
2024-03-12T14:07:41.3320877Z + export DB_PASSWORD=Mx4!vRq8-Lz2
2024-03-12T14:07:41.3321520Z + DB_PASSWORD=Mx4!vRq8-Lz2
2024-03-12T14:07:41.4410311Z + psql postgresql://deploy:Mx4!vRq8-Lz2@10.30.1.20:5432/app -c 'select 1'
2024-03-12T14:07:42.0021457Z + curl -s -X POST -H 'Authorization: token ${githubTokenCi}' https://api.github.com/repos/kestrel/app/deployments
2024-03-12T14:07:42.8801190Z + echo 'Paging release manager Bettina Hoffmann-Sauer on +49 171 4471209'
2024-03-12T14:07:42.8802003Z Paging release manager Bettina Hoffmann-Sauer on +49 171 4471209`,
    // *** is masked; timestamps, the build number and the port are not ours; deploy is a login.
    expected: [
      ['PERSON', 'Bettina Hoffmann-Sauer'],
      ['IP_ADDRESS', '10.30.1.15'],
      ['IP_ADDRESS', '10.30.1.15'],
      ['SECRET', 'Mx4!vRq8-Lz2'],
      ['SECRET', 'Mx4!vRq8-Lz2'],
      ['SECRET', 'Mx4!vRq8-Lz2'],
      ['IP_ADDRESS', '10.30.1.20'],
      ['SECRET', githubTokenCi],
      ['PERSON', 'Bettina Hoffmann-Sauer'],
      ['PHONE', '+49 171 4471209'],
      ['PERSON', 'Bettina Hoffmann-Sauer'],
      ['PHONE', '+49 171 4471209'],
    ],
  },
  {
    name: 'Laravel log with a stack trace: the SSN, name and DOB in the exception message and the frame arguments, a truncated e-mail argument',
    text: `[2024-03-12 14:22:07] production.ERROR: SSN 401-44-7120 does not match applicant "Abimbola Ajayi" (dob 1988-02-29) {"userId":44712,"exception":"[object] (InvalidArgumentException(code: 0): SSN 401-44-7120 does not match applicant \\"Abimbola Ajayi\\" (dob 1988-02-29) at /var/www/app/Services/KycService.php:71)
[stacktrace]
#0 /var/www/app/Services/KycService.php(54): App\\Services\\KycService->matchSsa('Abimbola Ajayi', '401-44-7120')
#1 /var/www/app/Http/Controllers/OnboardingController.php(112): App\\Services\\KycService->verify(Object(App\\Models\\Applicant))
#2 /var/www/app/Http/Middleware/LogRequests.php(31): App\\Http\\Controllers\\OnboardingController->store(Object(Illuminate\\Http\\Request), 'abimbola.ajayi@...')
#3 /var/www/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(183): App\\Http\\Middleware\\LogRequests->handle(Object(Illuminate\\Http\\Request), Object(Closure))
#4 {main}
"}`,
    // The truncated 'abimbola.ajayi@...' is not a full address; the user id and line numbers are not ours.
    expected: [
      ['US_SSN', '401-44-7120'],
      ['PERSON', 'Abimbola Ajayi'],
      ['DATE_OF_BIRTH', '1988-02-29'],
      ['US_SSN', '401-44-7120'],
      ['PERSON', 'Abimbola Ajayi'],
      ['DATE_OF_BIRTH', '1988-02-29'],
      ['PERSON', 'Abimbola Ajayi'],
      ['US_SSN', '401-44-7120'],
    ],
  },
  {
    name: 'Elixir FunctionClauseError printing its arguments: a user struct and a params map with a card number',
    text: `** (FunctionClauseError) no function clause matching in Kestrel.Billing.charge/2

    The following arguments were given to Kestrel.Billing.charge/2:

        # 1
        %Kestrel.Accounts.User{__meta__: #Ecto.Schema.Metadata<:loaded, "users">, id: 4471, name: "Ezinne Okoro", email: "ezinne.okoro@gmail.com", phone: "+234 802 447 1209", stripe_customer_id: nil, inserted_at: ~N[2023-09-14 08:12:44]}

        # 2
        %{"amount" => 4999, "currency" => "ngn", "card_number" => "5237 1890 4471 2664", "exp" => "09/27", "cvc" => "731"}

    Attempted function clauses (showing 2 out of 2):

        def charge(%User{stripe_customer_id: id} = user, params) when is_binary(id)
        def charge(%User{} = user, %{"payment_method" => pm})

    (kestrel 0.9.2) lib/kestrel/billing.ex:41: Kestrel.Billing.charge/2
    (kestrel 0.9.2) lib/kestrel_web/controllers/checkout_controller.ex:27: KestrelWeb.CheckoutController.create/2`,
    // The expiry, CVC, amounts, ids, timestamps and the app version are not ours.
    expected: [
      ['PERSON', 'Ezinne Okoro'],
      ['EMAIL', 'ezinne.okoro@gmail.com'],
      ['PHONE', '+234 802 447 1209'],
      ['CREDIT_CARD', '5237 1890 4471 2664'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'TypeScript utility module: algorithms and classes named after people, Faker, John Doe, documented AWS keys, a placeholder and a secrets reference',
    text: `// src/search/fuzzy.ts
import { distance as levenshtein } from 'fastest-levenshtein';
import { BloomFilter } from 'bloom-filters';
import { faker } from '@faker-js/faker';
import { DijkstraRouter } from './graph/dijkstra';

/** Fisher-Yates shuffle (Knuth, TAOCP vol. 2, Algorithm P). */
export function shuffle<T>(xs: T[], rand = Math.random): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

export class JohnsonFilter extends KalmanSmoother {}

export const EMAIL_RE = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;
export const fixtures = {
  user: { id: '3f2b9c1e-4471-4a8d-9e20-93ab44c1d0f2', name: 'John Doe', email: 'john.doe@example.com' },
  fakeUser: () => ({ name: faker.person.fullName(), email: faker.internet.email(), phone: faker.phone.number() }),
};
const AWS_DOCS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const AWS_DOCS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const OPENAI_KEY = process.env.OPENAI_API_KEY ?? 'sk-...xxxx';
const GH_TOKEN_REF = '\${{ secrets.GITHUB_TOKEN }}';
export const API_BASE = 'http://127.0.0.1:8787';
// bumped fastest-levenshtein 1.0.16 -> 1.0.17 in 9f2c4e1a7b3d`,
    // Nothing here is personal data or a live secret.
    expected: [],
  },
  {
    name: 'Python factories and helpers: UserFactory with Faker, class Dijkstra, Kuhn-Munkres, env lookups, a placeholder DSN, a hash, a public maintainer',
    gap: 'Raymond Hettinger, named as the author of a public recipe, is wrongly taken for a person to redact',
    text: `# tests/factories.py
import hashlib
import os

import factory
from faker import Faker
from scipy.stats import mannwhitneyu, pearsonr, spearmanr

fake = Faker("en_GB")


class UserFactory(factory.Factory):
    class Meta:
        model = dict

    name = factory.LazyFunction(fake.name)
    email = factory.LazyFunction(fake.email)
    phone = factory.LazyFunction(fake.phone_number)


class Dijkstra:
    """Shortest paths; falls back to Bellman-Ford when weights go negative."""


def hungarian(cost):  # Kuhn-Munkres assignment
    ...


# ordered set after Raymond Hettinger's recipe
STRIPE_KEY = os.environ["STRIPE_SECRET_KEY"]
SLACK_TOKEN = os.getenv("SLACK_BOT_TOKEN", "your_token_here")
DSN = "postgresql://user:password@localhost:5432/test"
BIND = ("0.0.0.0", 8000)
PLACEHOLDER = {"name": "Max Mustermann", "email": "max@example.org", "id": "c0a8012e-0000-4000-8000-000000000001"}
DIGEST = hashlib.sha256(b"kestrel").hexdigest()  # 9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab
__version__ = "2.4.0"`,
    // Nothing here is personal data or a live secret.
    expected: [],
  },
];

describeHoldout('privacy hold-out 21: project code and developer material', cases);
