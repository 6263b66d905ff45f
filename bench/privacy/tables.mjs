// Result tables: datasets with personal data (customers, users, patients, payments, payouts,
// employees, logins, leads) and clean ones full of hard negatives (orders, deployments, masked
// exports, products, companies, metrics, test fixtures, events, information_schema listings).
import {
  companies,
  invalidIban,
  invalidSsn,
  loopback,
  luhnFailing,
  maskedCard,
  maskedPhone,
  maskedSsn,
  orderNumber,
  placesThatLookLikeNames,
  products,
  semver,
  trackingNumber,
} from './values.mjs';

const money = (r) => (r.int(100, 2_000_000) / 100).toFixed(2);
const status = (r) => r.pick(['paid', 'shipped', 'pending', 'refunded', 'cancelled', 'delivered']);
const currency = (r) => r.pick(['EUR', 'USD', 'GBP', 'BRL', 'JPY', 'CHF']);
const ua = (r) =>
  r.pick([
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
    'okhttp/4.12.0',
    'python-requests/2.31.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)',
  ]);
const orNull = (r, p, x) => (r.chance(p) ? null : x);

/** Positive tables: each returns { name, columns, rows }. */
export const personalTables = {
  customers(c, n) {
    const { r } = c;
    const split = r.chance(0.25);
    const cols = split ? ['customer_id', c.col('first'), c.col('last')] : ['customer_id', c.col('name')];
    cols.push(c.col('email'));
    const withPhone = r.chance(0.7);
    if (withPhone) cols.push(c.col('phone'));
    cols.push(
      r.pick(['city', 'country', 'region']),
      r.pick(['signup_date', 'created_at', 'first_order_date']),
    );
    const style = r.chance(0.15) ? 'lastFirst' : 'full';
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = c.person();
      const row = [r.int(1000, 99999)];
      if (split) row.push(c.first(p), c.last(p));
      else row.push(c.name(p, style));
      row.push(orNull(r, 0.04, c.maybeEnc(c.email(p), ['zeroWidth', 'homoglyph', 'fullwidth'])));
      if (withPhone) row.push(orNull(r, 0.1, c.phone(p)));
      row.push(r.chance(0.5) ? p.city : c.loc.country, c.plainDate(2018, 2025));
      rows.push(row);
    }
    return { name: 'customers', columns: cols, rows };
  },
  users(c, n) {
    const { r } = c;
    const dobCol = c.col('dob');
    const cols = ['user_id', c.col('first'), c.col('last'), dobCol, c.col('email'), 'created_at', 'plan'];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = c.person();
      rows.push([
        r.int(1, 500000),
        c.first(p),
        c.last(p),
        orNull(r, 0.05, c.dob(p)),
        c.email(p),
        c.ts(2019, 2025),
        r.pick(['free', 'pro', 'team', 'enterprise']),
      ]);
    }
    return { name: 'users', columns: cols, rows };
  },
  patients(c, n) {
    const { r } = c;
    const cols = [
      'patient_id',
      c.col('name'),
      c.col('dob'),
      c.col('ssn'),
      c.col('phone'),
      'icd10',
      'admitted_at',
    ];
    const rows = [];
    const sep = r.pick(['-', '-', '']);
    for (let i = 0; i < n; i++) {
      const p = c.person();
      rows.push([
        `P${r.digits(6)}`,
        c.name(p),
        c.dob(p),
        orNull(r, 0.05, c.ssn(sep)),
        c.phone(p),
        r.pick(['E11.9', 'I10', 'J45.909', 'M54.5', 'F41.1', 'K21.9']),
        c.plainDate(2022, 2025),
      ]);
    }
    return { name: 'patients', columns: cols, rows };
  },
  payments(c, n) {
    const { r } = c;
    const cols = [
      r.pick(['payment_id', 'charge_id', 'txn_id']),
      c.col('name').replace('patient_name', 'cardholder_name'),
      c.col('card'),
      'exp',
      'amount',
      'currency',
      'created_at',
      'status',
    ];
    const rows = [];
    const sep = r.pick(['', ' ', '-', undefined]);
    for (let i = 0; i < n; i++) {
      const p = c.person();
      rows.push([
        r.chance(0.5)
          ? c.uuid()
          : `ch_${r.chars(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
        c.name(p),
        c.card(sep),
        `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(25, 31)}`,
        money(r),
        currency(r),
        c.ts(2023, 2025),
        status(r),
      ]);
    }
    return { name: 'payments', columns: cols, rows };
  },
  payouts(c, n) {
    const { r } = c;
    const cols = [
      'payout_id',
      c.col('name').replace('patient_name', 'account_holder'),
      c.col('iban'),
      'bic',
      'amount',
      'currency',
      'paid_at',
    ];
    const rows = [];
    const spaced = r.chance(0.5);
    for (let i = 0; i < n; i++) {
      const p = c.person();
      rows.push([
        `po_${r.digits(8)}`,
        c.name(p),
        c.iban(spaced),
        `${r.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${c.loc.country === 'JP' ? 'DE' : c.loc.country}${r.chars(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
        money(r),
        'EUR',
        c.plainDate(2023, 2025),
      ]);
    }
    return { name: 'payouts', columns: cols, rows };
  },
  employees(c, n) {
    const { r } = c;
    const cols = [
      'emp_id',
      c.col('name').replace('patient_name', 'employee_name'),
      'work_email',
      c.col('ssn'),
      c.col('dob'),
      'hire_date',
      'department',
      'salary',
    ];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = c.person();
      rows.push([
        `E${r.digits(5)}`,
        c.name(p),
        c.email(p),
        c.ssn(),
        c.dob(p),
        c.plainDate(2005, 2025),
        r.pick(['Finance', 'Engineering', 'Sales', 'Support', 'HR', 'Legal']),
        r.int(42, 240) * 1000,
      ]);
    }
    return { name: 'employees', columns: cols, rows };
  },
  logins(c, n) {
    const { r } = c;
    const cols = [
      'login_id',
      c.col('email').replace('personal_email', 'user_email'),
      c.col('ip'),
      'user_agent',
      'ts',
      'success',
    ];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = c.person();
      const ipCell = r.chance(0.08) ? loopback(r).replace('localhost', '127.0.0.1') : c.ip();
      rows.push([
        r.int(1e6, 9e6),
        c.email(p),
        ipCell,
        ua(r),
        c.ts(2024, 2025),
        r.pick(['true', 'true', 'false']),
      ]);
    }
    return { name: 'logins', columns: cols, rows };
  },
  leads(c, n) {
    const { r } = c;
    const cols = [
      'lead_id',
      c.col('name'),
      'company',
      c.col('email'),
      c.col('phone'),
      'source',
      'created_at',
    ];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = c.person();
      rows.push([
        r.int(100, 99999),
        c.name(p),
        r.pick(companies),
        c.email(p),
        orNull(r, 0.15, c.phone(p)),
        r.pick(['webinar', 'organic', 'referral', 'trade show', 'paid search']),
        c.plainDate(2023, 2025),
      ]);
    }
    return { name: 'leads', columns: cols, rows };
  },
  contacts(c, n) {
    const { r } = c;
    const cols = ['id', 'contact', 'notes'];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = c.person();
      const notes = r.pick([
        ['call back on ', c.phone(p)],
        ['prefers email'],
        ['DOB ', c.dob(p, 'locale'), ' verified'],
        ['VIP since ', String(r.int(2015, 2024))],
        ['alt phone ', c.phone()],
        [''],
      ]);
      rows.push([i + 1, [c.name(p), ' <', c.email(p), '>'], notes]);
    }
    return { name: 'contacts', columns: cols, rows };
  },
};

/** Clean tables: hard negatives only. */
export const cleanTables = {
  orders(c, n) {
    const { r } = c;
    const cols = [
      'order_id',
      'order_date',
      'status',
      'total',
      'currency',
      r.pick(['tracking_number', 'tracking_no', 'shipment_ref']),
      'sku',
    ];
    const rows = [];
    for (let i = 0; i < n; i++)
      rows.push([
        orderNumber(r),
        c.plainDate(2022, 2025, 'locale'),
        status(r),
        money(r),
        currency(r),
        trackingNumber(r),
        `SKU-${r.digits(5)}`,
      ]);
    return { name: 'orders', columns: cols, rows };
  },
  deployments(c, n) {
    const { r } = c;
    const cols = ['commit_sha', 'version', 'deployed_at', 'env', 'host', 'duration_s'];
    const rows = [];
    for (let i = 0; i < n; i++)
      rows.push([
        c.sha(r.chance(0.4)),
        `v${semver(r)}`,
        c.ts(2024, 2025),
        r.pick(['prod', 'staging', 'dev']),
        r.pick(['127.0.0.1', 'localhost', 'api-1.internal', '::1', 'worker-3']),
        r.int(12, 900),
      ]);
    return { name: 'deployments', columns: cols, rows };
  },
  masked(c, n) {
    const { r } = c;
    const cols = [
      'customer_id',
      'email_masked',
      'card_last4',
      'ssn_masked',
      'phone_masked',
      'region',
      'iban_masked',
    ];
    const rows = [];
    for (let i = 0; i < n; i++)
      rows.push([
        r.int(1000, 99999),
        c.maskedEmail(),
        maskedCard(r),
        maskedSsn(r),
        maskedPhone(r),
        r.pick(['EMEA', 'NA', 'APAC', 'LATAM']),
        r.chance(0.5) ? `DE** **** **** **** **${r.digits(2)} ${r.digits(2)}` : '',
      ]);
    return { name: 'customers_masked', columns: cols, rows };
  },
  products(c, n) {
    const { r } = c;
    const cols = ['product_id', 'name', 'brand', 'price', 'launched_on', 'rating'];
    const rows = [];
    for (let i = 0; i < n; i++)
      rows.push([
        r.int(1, 9999),
        r.pick(products),
        r.pick(companies),
        money(r),
        c.plainDate(2008, 2025),
        (r.int(10, 50) / 10).toFixed(1),
      ]);
    return { name: 'products', columns: cols, rows };
  },
  companies(c, n) {
    const { r } = c;
    const cols = ['company_id', 'company_name', 'city', 'founded', 'employees', 'website'];
    const rows = [];
    for (let i = 0; i < n; i++)
      rows.push([
        r.int(1, 99999),
        r.pick(companies),
        r.pick(placesThatLookLikeNames),
        c.plainDate(1950, 2015, 'locale'),
        r.int(5, 250000),
        `https://www.${r.pick(['example.com', 'example.org', 'shop.example', 'acme.test'])}`,
      ]);
    return { name: 'companies', columns: cols, rows };
  },
  metrics(c, n) {
    const { r } = c;
    const cols = ['month', 'region', 'revenue', 'orders', 'churn_rate', 'nps'];
    const rows = [];
    for (let i = 0; i < n; i++)
      rows.push([
        `${r.int(2022, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}`,
        r.pick(['EMEA', 'NA', 'APAC', 'LATAM', 'DACH', 'Nordics']),
        money(r),
        r.int(100, 90000),
        (r.int(1, 90) / 1000).toFixed(3),
        r.int(-20, 80),
      ]);
    return { name: 'monthly_metrics', columns: cols, rows };
  },
  fixtures(c, n) {
    const { r } = c;
    const cols = ['fixture_id', 'email', 'ssn', 'card_number', 'iban', 'note'];
    const rows = [];
    for (let i = 0; i < n; i++)
      rows.push([
        i + 1,
        c.exampleEmail(),
        invalidSsn(r),
        luhnFailing(r, 16, r.pick(['4', '5', '37'])),
        invalidIban(r, c.code),
        r.pick(['synthetic', 'invalid on purpose', 'fails checksum', 'test only']),
      ]);
    return { name: 'test_fixtures', columns: cols, rows };
  },
  events(c, n) {
    const { r } = c;
    const cols = ['event_id', 'user_id', 'event_type', 'ts', 'ip', 'session_hash'];
    const rows = [];
    for (let i = 0; i < n; i++)
      rows.push([
        c.uuid(),
        r.int(1, 900000),
        r.pick(['page_view', 'click', 'signup', 'checkout', 'logout']),
        c.ts(2024, 2025),
        r.pick(['127.0.0.1', '::1']),
        r.chars(r.pick([32, 40, 64]), '0123456789abcdef'),
      ]);
    return { name: 'events', columns: cols, rows };
  },
  columnsListing(c) {
    const { r } = c;
    const cols = ['table_name', 'column_name', 'data_type', 'is_nullable'];
    const names = [
      'customer_id',
      'email',
      'e_mail',
      'phone',
      'phone_number',
      'ssn',
      'date_of_birth',
      'dob',
      'birth_date',
      'first_name',
      'last_name',
      'full_name',
      'iban',
      'card_number',
      'ip_address',
      'password_hash',
      'api_key',
      'created_at',
      'updated_at',
      'geburtsdatum',
      'fecha_nacimiento',
    ];
    const rows = r
      .shuffle(names)
      .slice(0, r.int(6, 14))
      .map((name) => [
        r.pick(['customers', 'users', 'patients', 'employees']),
        name,
        r.pick(['text', 'varchar(255)', 'date', 'bigint', 'timestamp with time zone']),
        r.pick(['YES', 'NO']),
      ]);
    return { name: 'columns', columns: cols, rows };
  },
};

export const tableFormats = [
  [5, 'csv'],
  [1, 'csv;'],
  [1, 'tsv'],
  [4, 'markdown'],
  [4, 'psql'],
  [5, 'pandas'],
  [2, 'mysql'],
  [1, 'html'],
  [2, 'json'],
];
