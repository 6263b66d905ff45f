import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A sixth hand-written hold-out: data as code and notebook tools print it, which the first five
 * barely cover. Object reprs and toString output in many languages (Python dataclass, pydantic,
 * SQLAlchemy, pprint, Django QuerySet and QueryDict, Ruby inspect and Rails params, PHP print_r and
 * var_dump, Go %+v and %#v, Java and Kotlin toString, C# records, Elixir structs and changesets, Rust
 * Debug, Scala case classes, Perl Data::Dumper, R str(), Node util.inspect); notebook and database
 * printouts (Polars and DuckDB boxes with elided columns and truncated cells, pandas to_html,
 * Jupyter .ipynb JSON, Spark vertical and truncated show(), sqlite3 box and line modes, psql and
 * MySQL vertical records, ClickHouse Pretty, redis-cli, a Sheets paste); error messages that carry
 * values (SQLAlchemy parameters, asyncpg and psycopg DETAIL lines, Prisma, MongoDB E11000, pydantic,
 * ActiveRecord binds, Jackson and Hibernate, Joi, KeyError, pandera); and hard negatives in the same
 * shapes. Each case lists every value it expects found, with its type; anything else flagged is a
 * false positive. Values are fake: Luhn-valid made-up cards (and the Stripe test card, which is a
 * card all the same), IBANs with valid mod-97 check digits, SSNs in valid areas, made-up names and
 * keys.
 */
const k = joinParts;
const awsKeyId = k('AK', 'IA', 'W5N2QX8RZ3TL7KPE');
const awsSecret = k('Zt4pX9vR2mLq7WcK3nB8', 'yH1dF6gJ0sAe5uTo2iQx');
const hfToken = k('hf', '_', 'RzKpWmTqLxVnBcYdGhJfSa4e8u2i6o0k3N');
const sendgridKey = k(
  'SG',
  '.',
  'Xq7RtT2vLm9WcK4bN8pZ1y',
  '.',
  'Hd3JfG6sAe0uVi5oBnTq2Lm8Qx7RtT2vLm9WcK4bN8p',
);
const hubspotToken = k('pat', '-eu1-', 'a7c3e9f2-4b18-4d6e-9c2a-71f5b0d83e46');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- Python reprs
  {
    name: 'SQLAlchemy models with a custom __repr__ and their __dict__',
    text: `>>> session.scalars(select(User).where(User.country == "MX").limit(3)).all()
[<User(id=3, email='ximena.cardenas@prodigy.net.mx', fullname='Ximena Cárdenas Olvera')>, <User(id=7, email='joaquin.barrientos@gmail.com', fullname='Joaquín Barrientos')>, <User(id=12, email='ops@kestrel-analytics.io', fullname=None)>]
>>> vars(_[0])
{'_sa_instance_state': <sqlalchemy.orm.state.InstanceState object at 0x7f3c2a1b4d90>, 'id': 3, 'email': 'ximena.cardenas@prodigy.net.mx', 'fullname': 'Ximena Cárdenas Olvera', 'phone': '+52 55 4127 8830', 'birth_date': datetime.date(1992, 11, 3), 'created_at': datetime.datetime(2023, 6, 1, 9, 12, 44)}`,
    // A team mailbox of a real domain is an address all the same (the earlier hold-outs flag support@…).
    expected: [
      ['EMAIL', 'ximena.cardenas@prodigy.net.mx'],
      ['PERSON', 'Ximena Cárdenas Olvera'],
      ['EMAIL', 'joaquin.barrientos@gmail.com'],
      ['PERSON', 'Joaquín Barrientos'],
      ['EMAIL', 'ops@kestrel-analytics.io'],
      ['EMAIL', 'ximena.cardenas@prodigy.net.mx'],
      ['PERSON', 'Ximena Cárdenas Olvera'],
      ['PHONE', '+52 55 4127 8830'],
      ['DATE_OF_BIRTH', '1992, 11, 3'],
    ],
  },
  {
    name: 'pydantic v2 model printed with print() and dumped to JSON',
    text: `>>> c = Customer.model_validate(row)
>>> print(c)
id=4410 name='Oksana Melnyk' email='oksana.melnyk@ukr.net' phone='+380 67 482 1930' birth_date=datetime.date(1987, 2, 19) iban='UA82 3052 9900 0002 6208 4317 7590 4' segment=<Segment.RETAIL: 'retail'>
>>> c.model_dump_json(include={"name", "birth_date"})
'{"name":"Oksana Melnyk","birth_date":"1987-02-19"}'`,
    expected: [
      ['PERSON', 'Oksana Melnyk'],
      ['EMAIL', 'oksana.melnyk@ukr.net'],
      ['PHONE', '+380 67 482 1930'],
      ['DATE_OF_BIRTH', '1987, 2, 19'],
      ['IBAN', 'UA82 3052 9900 0002 6208 4317 7590 4'],
      ['PERSON', 'Oksana Melnyk'],
      ['DATE_OF_BIRTH', '1987-02-19'],
    ],
  },
  {
    name: 'pprint of a nested ticket with a long string wrapped into literals',
    text: `>>> pprint(ticket, width=72)
{'assignee': 'Astrid Bergström',
 'body': ('Hi, my husband Farhan Chowdhury and I share the account. His new '
          'number is +44 7911 204 386 and the refund should go to '
          'GB71 MIDL 4005 1582 7319 44 please.'),
 'created': datetime.datetime(2024, 3, 12, 10, 15, 2),
 'requester': {'email': 'nusrat.chowdhury@btinternet.com',
               'name': 'Nusrat Chowdhury'},
 'tags': ['billing', 'refund']}`,
    expected: [
      ['PERSON', 'Astrid Bergström'],
      ['PERSON', 'Farhan Chowdhury'],
      ['PHONE', '+44 7911 204 386'],
      ['IBAN', 'GB71 MIDL 4005 1582 7319 44'],
      ['EMAIL', 'nusrat.chowdhury@btinternet.com'],
      ['PERSON', 'Nusrat Chowdhury'],
    ],
  },
  {
    name: 'Django shell: QuerySet of model instances, values() and a QueryDict',
    text: `>>> Customer.objects.filter(city="Nairobi")[:3]
<QuerySet [<Customer: Wanjiru Kariuki <wanjiru.kariuki@gmail.com>>, <Customer: Otieno Odhiambo <o.odhiambo@safaricom.co.ke>>, <Customer: Akinyi Achieng <akinyi.a@yahoo.com>>]>
>>> Customer.objects.filter(city="Nairobi").values("name", "phone")[:2]
<QuerySet [{'name': 'Wanjiru Kariuki', 'phone': '+254 712 448 903'}, {'name': 'Otieno Odhiambo', 'phone': '+254 722 310 857'}]>
>>> request.POST
<QueryDict: {'name': ['Akinyi Achieng'], 'phone': ['0733 918 402'], 'dob': ['1995-08-21'], 'consent': ['on']}>`,
    expected: [
      ['PERSON', 'Wanjiru Kariuki'],
      ['EMAIL', 'wanjiru.kariuki@gmail.com'],
      ['PERSON', 'Otieno Odhiambo'],
      ['EMAIL', 'o.odhiambo@safaricom.co.ke'],
      ['PERSON', 'Akinyi Achieng'],
      ['EMAIL', 'akinyi.a@yahoo.com'],
      ['PERSON', 'Wanjiru Kariuki'],
      ['PHONE', '+254 712 448 903'],
      ['PERSON', 'Otieno Odhiambo'],
      ['PHONE', '+254 722 310 857'],
      ['PERSON', 'Akinyi Achieng'],
      ['PHONE', '0733 918 402'],
      ['DATE_OF_BIRTH', '1995-08-21'],
    ],
  },
  {
    name: 'Python os.environ and frozen boto3 credentials printed in a notebook',
    text: `>>> boto3.Session(profile_name="prod").get_credentials().get_frozen_credentials()
ReadOnlyCredentials(access_key='${awsKeyId}', secret_key='${awsSecret}', token=None)
>>> os.environ
environ({'PATH': '/opt/conda/bin:/usr/local/bin:/usr/bin', 'HOME': '/home/jovyan', 'JUPYTER_PORT': '8888', 'DATABASE_URL': 'postgresql://etl:Kj8vQ2m-Lx4@10.12.4.31:5432/crm', 'HF_TOKEN': '${hfToken}', 'TZ': 'UTC'})`,
    expected: [
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
      ['SECRET', 'Kj8vQ2m-Lx4'],
      ['IP_ADDRESS', '10.12.4.31'],
      ['SECRET', hfToken],
    ],
  },
  {
    name: 'stripe-python object repr with billing details and card metadata',
    text: `>>> stripe.PaymentMethod.retrieve("pm_1OtQ2kLm8NpR4tV7xYz9AbCd")
<PaymentMethod payment_method id=pm_1OtQ2kLm8NpR4tV7xYz9AbCd at 0x7f8b2c1d3e50> JSON: {
  "billing_details": {
    "address": {"city": "Krak\\u00f3w", "country": "PL", "line1": "ul. D\\u0142uga 17/4", "postal_code": "31-147"},
    "email": "zofia.wisniewska@interia.pl",
    "name": "Zofia Wi\\u015bniewska",
    "phone": "+48 512 337 904"
  },
  "card": {"brand": "mastercard", "country": "PL", "exp_month": 11, "exp_year": 2028, "fingerprint": "Kq9TzL2mWx7RvB4n", "last4": "7706"},
  "created": 1710238502,
  "customer": "cus_PjR7xT2vLm9WcK",
  "id": "pm_1OtQ2kLm8NpR4tV7xYz9AbCd",
  "object": "payment_method",
  "type": "card"
}`,
    // stripe-python prints with ensure_ascii: the name is the escaped text, as it stands.
    expected: [
      ['EMAIL', 'zofia.wisniewska@interia.pl'],
      ['PERSON', 'Zofia Wi\\u015bniewska'],
      ['PHONE', '+48 512 337 904'],
    ],
  },
  // ---------------------------------------------------------------- Ruby, PHP, Perl
  {
    name: 'Rails console: pretty-printed and compact ActiveRecord inspect',
    text: `irb(main):001> User.where(country: "CO").first(1)
  User Load (0.9ms)  SELECT "users".* FROM "users" WHERE "users"."country" = $1 ORDER BY "users"."id" ASC LIMIT $2  [["country", "CO"], ["LIMIT", 1]]
=>
[#<User:0x000000010f2a8c48
  id: 18,
  name: "Valentina Ospina Restrepo",
  email: "vale.ospina@hotmail.com",
  phone: "+57 310 482 7719",
  birth_date: Sun, 27 May 1990,
  password_digest: "[FILTERED]",
  created_at: Thu, 02 Nov 2023 14:20:11.118000000 UTC +00:00>]
irb(main):002> User.find_by(email: "afmejia@une.net.co")
=> #<User id: 19, name: "Andrés Felipe Mejía", email: "afmejia@une.net.co", phone: "+57 604 448 1290", birth_date: "1984-12-09", password_digest: [FILTERED], created_at: "2023-11-05 08:02:51.004000000 +0000", updated_at: "2024-03-01 09:00:42.004000000 +0000">`,
    expected: [
      ['PERSON', 'Valentina Ospina Restrepo'],
      ['EMAIL', 'vale.ospina@hotmail.com'],
      ['PHONE', '+57 310 482 7719'],
      ['DATE_OF_BIRTH', '27 May 1990'], // the date; its weekday identifies no one,
      ['EMAIL', 'afmejia@une.net.co'],
      ['PERSON', 'Andrés Felipe Mejía'],
      ['EMAIL', 'afmejia@une.net.co'],
      ['PHONE', '+57 604 448 1290'],
      ['DATE_OF_BIRTH', '1984-12-09'],
    ],
  },
  {
    name: 'byebug session: ActionController::Parameters with a password, then a Ruby 3.4 hash',
    text: `(byebug) params
#<ActionController::Parameters {"authenticity_token"=>"[FILTERED]", "user"=>{"name"=>"Selamawit Bekele", "email"=>"selamawit.bekele@ethionet.et", "password"=>"Jacaranda#2024", "password_confirmation"=>"Jacaranda#2024", "phone"=>"+251 91 148 2270"}, "commit"=>"Sign up", "controller"=>"registrations", "action"=>"create"} permitted: false>
(byebug) user_params.to_h
{"name" => "Selamawit Bekele", "email" => "selamawit.bekele@ethionet.et", "phone" => "+251 91 148 2270"}`,
    expected: [
      ['PERSON', 'Selamawit Bekele'],
      ['EMAIL', 'selamawit.bekele@ethionet.et'],
      ['SECRET', 'Jacaranda#2024'],
      ['SECRET', 'Jacaranda#2024'],
      ['PHONE', '+251 91 148 2270'],
      ['PERSON', 'Selamawit Bekele'],
      ['EMAIL', 'selamawit.bekele@ethionet.et'],
      ['PHONE', '+251 91 148 2270'],
    ],
  },
  {
    name: 'PHP print_r and var_dump of form submissions',
    text: `Array
(
    [first_name] => Dragan
    [last_name] => Petrović
    [email] => dragan.petrovic@t-com.hr
    [phone] => +385 91 742 1865
    [iban] => HR44 2340 0093 2188 7741 0
    [newsletter] => 1
)
array(4) {
  ["first_name"]=>
  string(6) "Mirela"
  ["last_name"]=>
  string(11) "Kovačević"
  ["dob"]=>
  string(10) "1988-01-30"
  ["password"]=>
  string(12) "Plitvice!882"
}`,
    expected: [
      ['PERSON', 'Dragan'],
      ['PERSON', 'Petrović'],
      ['EMAIL', 'dragan.petrovic@t-com.hr'],
      ['PHONE', '+385 91 742 1865'],
      ['IBAN', 'HR44 2340 0093 2188 7741 0'],
      ['PERSON', 'Mirela'],
      ['PERSON', 'Kovačević'],
      ['DATE_OF_BIRTH', '1988-01-30'],
      ['SECRET', 'Plitvice!882'],
    ],
  },
  {
    name: 'Perl Data::Dumper of a customer hash',
    text: `$VAR1 = {
          'name' => 'Bogdan Kravchenko',
          'email' => 'bogdan.kravchenko@i.ua',
          'phones' => [
                        '(773) 481-2290',
                        '+380 50 618 2294'
                      ],
          'ssn' => '389-52-0147',
          'dob' => '1972-08-30',
          'id' => 55102
        };`,
    expected: [
      ['PERSON', 'Bogdan Kravchenko'],
      ['EMAIL', 'bogdan.kravchenko@i.ua'],
      ['PHONE', '(773) 481-2290'],
      ['PHONE', '+380 50 618 2294'],
      ['US_SSN', '389-52-0147'],
      ['DATE_OF_BIRTH', '1972-08-30'],
    ],
  },
  // ---------------------------------------------------------------- Go, JVM, .NET
  {
    name: 'Go log lines with %+v and %#v structs, and a panic',
    text: `2024/03/12 10:15:02 upsert customer: {ID:42 Name:Luana Ferreira Batista Email:luana.batista@uol.com.br Phone:+55 21 99614-2087 BirthDate:1986-07-04 00:00:00 +0000 UTC Tags:[vip pix]}
2024/03/12 10:15:02 charge: &payments.Card{Holder:"Luana Ferreira Batista", Number:"5328194077351067", ExpMonth:8, ExpYear:2027}
panic: customer already exists: store.Customer{ID:43, Name:"Kwabena Owusu", Email:"k.owusu@gmail.com", Phone:"+233 24 412 7788", CreatedAt:time.Date(2024, time.March, 12, 10, 15, 2, 0, time.UTC)}

goroutine 1 [running]:
main.main()
	/src/cmd/import/main.go:88 +0x1c5
exit status 2`,
    expected: [
      ['PERSON', 'Luana Ferreira Batista'],
      ['EMAIL', 'luana.batista@uol.com.br'],
      ['PHONE', '+55 21 99614-2087'],
      ['DATE_OF_BIRTH', '1986-07-04'], // the date; midnight UTC is no part of it
      ['PERSON', 'Luana Ferreira Batista'],
      ['CREDIT_CARD', '5328194077351067'],
      ['PERSON', 'Kwabena Owusu'],
      ['EMAIL', 'k.owusu@gmail.com'],
      ['PHONE', '+233 24 412 7788'],
    ],
  },
  {
    name: 'Spring Boot log with IntelliJ toString, Lombok toString and a HashMap',
    text: `2024-03-12 10:15:02.118  INFO 1 --- [nio-8080-exec-4] c.k.crm.CustomerService                  : Saving Customer{id=null, firstName='Meenakshi', lastName='Iyer', email='meenakshi.iyer@rediffmail.com', dateOfBirth=1991-10-17, createdAt=2024-03-12T10:15:02.118Z}
2024-03-12 10:15:02.140 DEBUG 1 --- [nio-8080-exec-4] c.k.crm.PaymentService                   : PaymentRequest(customerId=88213, holderName=Meenakshi Iyer, cardNumber=4035128876104423, amount=129.99, currency=INR)
2024-03-12 10:15:02.152 DEBUG 1 --- [nio-8080-exec-4] c.k.crm.AuditListener                    : attrs={phone=+91 98450 33127, name=Meenakshi Iyer, channel=web}`,
    expected: [
      ['PERSON', 'Meenakshi'],
      ['PERSON', 'Iyer'],
      ['EMAIL', 'meenakshi.iyer@rediffmail.com'],
      ['DATE_OF_BIRTH', '1991-10-17'],
      ['PERSON', 'Meenakshi Iyer'],
      ['CREDIT_CARD', '4035128876104423'],
      ['PHONE', '+91 98450 33127'],
      ['PERSON', 'Meenakshi Iyer'],
    ],
  },
  {
    name: 'Kotlin data classes in a debug log (unquoted values)',
    text: `10:15:02.118 [main] DEBUG c.k.sync.Importer - parsed Customer(id=5, fullName=Jóhanna Sigurðardóttir, email=johanna.s@simnet.is, phone=+354 862 4471, iban=IS88 0515 2603 4177 8105 2199 34, address=Address(street=Laugavegur 44, city=Reykjavík, postcode=101))
10:15:02.131 [main] DEBUG c.k.sync.Importer - parsed Order(id=90211, customerId=5, total=18990.0, currency=ISK, placedAt=2024-03-12T10:15:02Z)`,
    expected: [
      ['PERSON', 'Jóhanna Sigurðardóttir'],
      ['EMAIL', 'johanna.s@simnet.is'],
      ['PHONE', '+354 862 4471'],
      ['IBAN', 'IS88 0515 2603 4177 8105 2199 34'],
    ],
  },
  {
    name: 'Scala case classes printed with println and Spark Rows from collect()',
    text: `scala> customers.take(2).foreach(println)
Customer(3001,Thandiwe Dlamini,thandiwe.d@mweb.co.za,+27 21 447 8120,ZA)
Customer(3002,Sipho Nkosi,sipho.nkosi@gmail.com,+27 82 990 3316,ZA)

>>> spark.table("crm.customers").select("name", "email").limit(2).collect()
[Row(name='Thandiwe Dlamini', email='thandiwe.d@mweb.co.za'), Row(name='Sipho Nkosi', email='sipho.nkosi@gmail.com')]`,
    expected: [
      ['PERSON', 'Thandiwe Dlamini'],
      ['EMAIL', 'thandiwe.d@mweb.co.za'],
      ['PHONE', '+27 21 447 8120'],
      ['PERSON', 'Sipho Nkosi'],
      ['EMAIL', 'sipho.nkosi@gmail.com'],
      ['PHONE', '+27 82 990 3316'],
      ['PERSON', 'Thandiwe Dlamini'],
      ['EMAIL', 'thandiwe.d@mweb.co.za'],
      ['PERSON', 'Sipho Nkosi'],
      ['EMAIL', 'sipho.nkosi@gmail.com'],
    ],
  },
  {
    name: 'dotnet test failure comparing C# records, and an options record with an SMTP key',
    text: `  Failed Kestrel.Crm.Tests.PersonMapperTests.MapsBirthDate [12 ms]
  Error Message:
   Assert.Equal() Failure: Values differ
Expected: Person { FirstName = Bjørn, LastName = Aasheim, Email = bjorn.aasheim@online.no, BirthDate = 04/12/1988, Phone = +47 917 44 208 }
Actual:   Person { FirstName = Bjørn, LastName = Aasheim, Email = bjorn.aasheim@online.no, BirthDate = 12/04/1988, Phone = +47 917 44 208 }
  Stack Trace:
     at Kestrel.Crm.Tests.PersonMapperTests.MapsBirthDate() in /src/tests/PersonMapperTests.cs:line 41
info: Kestrel.Crm.Mail.Sender[0]
      Using SmtpOptions { Host = smtp.sendgrid.net, Port = 587, User = apikey, Password = ${sendgridKey} }`,
    expected: [
      ['PERSON', 'Bjørn'],
      ['PERSON', 'Aasheim'],
      ['EMAIL', 'bjorn.aasheim@online.no'],
      ['DATE_OF_BIRTH', '04/12/1988'],
      ['PHONE', '+47 917 44 208'],
      ['PERSON', 'Bjørn'],
      ['PERSON', 'Aasheim'],
      ['EMAIL', 'bjorn.aasheim@online.no'],
      ['DATE_OF_BIRTH', '12/04/1988'],
      ['PHONE', '+47 917 44 208'],
      ['SECRET', sendgridKey],
    ],
  },
  // ---------------------------------------------------------------- Elixir, Rust, JavaScript
  {
    name: 'IEx: an Ecto changeset error and a schema struct',
    text: `iex(3)> Accounts.register_user(%{"name" => "Chiamaka Nwosu", "email" => "chiamaka.nwosu@yahoo.co.uk", "password" => "Lagos-Ikoyi-2024"})
{:error,
 #Ecto.Changeset<
   action: :insert,
   changes: %{
     name: "Chiamaka Nwosu",
     email: "chiamaka.nwosu@yahoo.co.uk",
     password: "**redacted**"
   },
   errors: [
     email: {"has already been taken",
      [constraint: :unique, constraint_name: "users_email_index"]}
   ],
   data: #MyApp.Accounts.User<>,
   valid?: false
 >}
iex(4)> Repo.get_by!(User, email: "chiamaka.nwosu@yahoo.co.uk")
%MyApp.Accounts.User{
  __meta__: #Ecto.Schema.Metadata<:loaded, "users">,
  id: 12,
  name: "Chiamaka Nwosu",
  email: "chiamaka.nwosu@yahoo.co.uk",
  phone: "+234 809 551 2034",
  date_of_birth: ~D[1993-04-08],
  confirmed_at: ~U[2024-01-15 09:12:44Z],
  inserted_at: ~N[2024-01-15 09:10:02],
  updated_at: ~N[2024-03-12 10:15:02],
  ...
}`,
    expected: [
      ['PERSON', 'Chiamaka Nwosu'],
      ['EMAIL', 'chiamaka.nwosu@yahoo.co.uk'],
      ['SECRET', 'Lagos-Ikoyi-2024'],
      ['PERSON', 'Chiamaka Nwosu'],
      ['EMAIL', 'chiamaka.nwosu@yahoo.co.uk'],
      ['EMAIL', 'chiamaka.nwosu@yahoo.co.uk'],
      ['PERSON', 'Chiamaka Nwosu'],
      ['EMAIL', 'chiamaka.nwosu@yahoo.co.uk'],
      ['PHONE', '+234 809 551 2034'],
      ['DATE_OF_BIRTH', '1993-04-08'],
    ],
  },
  {
    name: 'Rust dbg! pretty Debug output, a compact Debug config and a panic',
    text: `[src/main.rs:41:5] &customer = Customer {
    id: 77,
    name: "Radka Horáková",
    email: Some(
        "radka.horakova@seznam.cz",
    ),
    phone: "+420 603 418 227",
    iban: "CZ42 0300 0000 0027 1884 0365",
    born: 1982-09-23,
}
[src/main.rs:42:5] &cfg = Config { database_url: "postgres://svc_import:Rq7-vLm2Xz@10.4.1.22:5432/crm", batch_size: 500, dry_run: false }
thread 'main' panicked at src/import.rs:88:14:
called \`Result::unwrap()\` on an \`Err\` value: Duplicate { key: "email", value: "radka.horakova@seznam.cz" }
note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace`,
    expected: [
      ['PERSON', 'Radka Horáková'],
      ['EMAIL', 'radka.horakova@seznam.cz'],
      ['PHONE', '+420 603 418 227'],
      ['IBAN', 'CZ42 0300 0000 0027 1884 0365'],
      ['DATE_OF_BIRTH', '1982-09-23'],
      ['SECRET', 'Rq7-vLm2Xz'],
      ['IP_ADDRESS', '10.4.1.22'],
      ['EMAIL', 'radka.horakova@seznam.cz'],
    ],
  },
  {
    name: 'Node console.log of an array of nested objects (util.inspect, single quotes)',
    text: `> console.log(users)
[
  {
    id: 101,
    name: 'Nguyễn Thị Lan',
    email: 'lan.nguyen@fpt.vn',
    phone: '+84 903 551 827',
    address: { city: 'Đà Nẵng', country: 'VN' },
    orders: [ [Object], [Object] ],
    lastIp: '2a02:a03f:6b8e:1d00:4c51:9a2f:e3b7:1c08'
  },
  {
    id: 102,
    name: 'Park Ji-hoon',
    email: 'jihoon.park@naver.com',
    phone: '+82 10-4821-7735',
    address: { city: 'Busan', country: 'KR' },
    orders: [],
    lastIp: null
  }
]`,
    expected: [
      ['PERSON', 'Nguyễn Thị Lan'],
      ['EMAIL', 'lan.nguyen@fpt.vn'],
      ['PHONE', '+84 903 551 827'],
      ['IP_ADDRESS', '2a02:a03f:6b8e:1d00:4c51:9a2f:e3b7:1c08'],
      ['PERSON', 'Park Ji-hoon'],
      ['EMAIL', 'jihoon.park@naver.com'],
      ['PHONE', '+82 10-4821-7735'],
    ],
  },
  {
    name: 'AxiosError logged by Node with the request config, a bearer token and a JSON body',
    text: `AxiosError: Request failed with status code 400
    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)
    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11) {
  code: 'ERR_BAD_REQUEST',
  config: {
    method: 'post',
    url: 'https://api.hubapi.com/crm/v3/objects/contacts',
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/json',
      Authorization: 'Bearer ${hubspotToken}',
      'User-Agent': 'axios/1.6.7'
    },
    data: '{"properties":{"email":"takeshi.morikawa@docomo.ne.jp","firstname":"Takeshi","lastname":"Morikawa","phone":"+81 90-4417-2286"}}'
  },
  response: { status: 400, statusText: 'Bad Request', data: { status: 'error', message: 'Property values were not valid' } }
}`,
    expected: [
      ['SECRET', hubspotToken],
      ['EMAIL', 'takeshi.morikawa@docomo.ne.jp'],
      ['PERSON', 'Takeshi'],
      ['PERSON', 'Morikawa'],
      ['PHONE', '+81 90-4417-2286'],
    ],
  },
  {
    name: 'R str() of a data.frame and a list printed at the console',
    text: `> str(members)
'data.frame':\t3 obs. of  4 variables:
 $ name : chr  "Aarav Deshpande" "Ishita Banerjee" "Rohan Malhotra"
 $ email: chr  "aarav.d@gmail.com" "ishita.banerjee@yahoo.in" "rohan.m@outlook.com"
 $ dob  : Date, format: "1994-06-12" "1988-02-29" ...
 $ plan : Factor w/ 2 levels "basic","gold": 2 1 2
> members_list[[1]]
$name
[1] "Aarav Deshpande"

$phone
[1] "+91 99872 40316"

$tags
[1] "vip"    "annual"`,
    expected: [
      ['PERSON', 'Aarav Deshpande'],
      ['PERSON', 'Ishita Banerjee'],
      ['PERSON', 'Rohan Malhotra'],
      ['EMAIL', 'aarav.d@gmail.com'],
      ['EMAIL', 'ishita.banerjee@yahoo.in'],
      ['EMAIL', 'rohan.m@outlook.com'],
      ['DATE_OF_BIRTH', '1994-06-12'],
      ['DATE_OF_BIRTH', '1988-02-29'],
      ['PERSON', 'Aarav Deshpande'],
      ['PHONE', '+91 99872 40316'],
    ],
  },
  // ---------------------------------------------------------------- notebook and database printouts
  {
    name: 'Polars frame with truncated strings and elided columns',
    text: `>>> customers
shape: (3, 7)
┌──────┬─────────────────┬─────────────────────┬───┬────────────┬───────────────────┐
│ id   ┆ name            ┆ email               ┆ … ┆ dob        ┆ phone             │
│ ---  ┆ ---             ┆ ---                 ┆   ┆ ---        ┆ ---               │
│ i64  ┆ str             ┆ str                 ┆   ┆ date       ┆ str               │
╞══════╪═════════════════╪═════════════════════╪═══╪════════════╪═══════════════════╡
│ 4401 ┆ Aminata Diallo  ┆ aminata.diallo@ora… ┆ … ┆ 1985-01-22 ┆ +221 77 418 2290  │
│ 4402 ┆ Liu Yifan       ┆ yifan.liu@163.com   ┆ … ┆ 1998-07-09 ┆ +86 139 1048 2275 │
│ 4403 ┆ Teodora Popescu ┆ teodora.popescu@ya… ┆ … ┆ 1979-12-30 ┆ +40 722 418 903   │
└──────┴─────────────────┴─────────────────────┴───┴────────────┴───────────────────┘`,
    // Polars cuts long strings with `…`: a truncated address is spanned as far as it is shown (its
    // local part still names the person; the convention of hold-out 37).
    expected: [
      ['PERSON', 'Aminata Diallo'],
      ['EMAIL', 'aminata.diallo@ora'],
      ['DATE_OF_BIRTH', '1985-01-22'],
      ['PHONE', '+221 77 418 2290'],
      ['PERSON', 'Liu Yifan'],
      ['EMAIL', 'yifan.liu@163.com'],
      ['DATE_OF_BIRTH', '1998-07-09'],
      ['PHONE', '+86 139 1048 2275'],
      ['PERSON', 'Teodora Popescu'],
      ['EMAIL', 'teodora.popescu@ya'],
      ['DATE_OF_BIRTH', '1979-12-30'],
      ['PHONE', '+40 722 418 903'],
    ],
  },
  {
    name: 'DuckDB box with elided middle columns and a row-count footer',
    text: `D SELECT * FROM payees ORDER BY id;
┌───────┬───────────────────────┬───┬──────────────────────────┬────────────┐
│  id   │       full_name       │ … │           iban           │ created_at │
│ int32 │        varchar        │   │         varchar          │    date    │
├───────┼───────────────────────┼───┼──────────────────────────┼────────────┤
│   201 │ Mette Kjærgaard       │ … │ DK60 3000 1274 8199 53   │ 2023-02-11 │
│   202 │ Kristjan Tamm         │ … │ EE84 1010 2202 7185 4013 │ 2023-05-30 │
│   203 │ Aurelija Kazlauskienė │ … │ LT96 7350 0102 4816 7709 │ 2024-01-08 │
├───────┴───────────────────────┴───┴──────────────────────────┴────────────┤
│ 3 rows                                                7 columns (4 shown) │
└───────────────────────────────────────────────────────────────────────────┘`,
    expected: [
      ['PERSON', 'Mette Kjærgaard'],
      ['IBAN', 'DK60 3000 1274 8199 53'],
      ['PERSON', 'Kristjan Tamm'],
      ['IBAN', 'EE84 1010 2202 7185 4013'],
      ['PERSON', 'Aurelija Kazlauskienė'],
      ['IBAN', 'LT96 7350 0102 4816 7709'],
    ],
  },
  {
    name: 'pandas to_html fragment pasted from a notebook',
    text: `<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;">
      <th></th>
      <th>name</th>
      <th>email</th>
      <th>phone</th>
      <th>signup_date</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th>0</th>
      <td>Camila Rojas Fuentes</td>
      <td>camila.rojas@vtr.cl</td>
      <td>+56 9 6183 4420</td>
      <td>2023-06-14</td>
    </tr>
    <tr>
      <th>1</th>
      <td>Benjamín Soto Araya</td>
      <td>bsoto.araya@gmail.com</td>
      <td>+56 2 2714 8830</td>
      <td>2023-06-15</td>
    </tr>
  </tbody>
</table>`,
    expected: [
      ['PERSON', 'Camila Rojas Fuentes'],
      ['EMAIL', 'camila.rojas@vtr.cl'],
      ['PHONE', '+56 9 6183 4420'],
      ['PERSON', 'Benjamín Soto Araya'],
      ['EMAIL', 'bsoto.araya@gmail.com'],
      ['PHONE', '+56 2 2714 8830'],
    ],
  },
  {
    name: 'Jupyter .ipynb cell JSON with source lines and a text/plain output',
    text: `  {
   "cell_type": "code",
   "execution_count": 7,
   "id": "3f9a1c2e",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "   customer_id             name                        email         dob\\n",
       "0        20417  Putri Wulandari  putri.wulandari@yahoo.co.id  1996-03-21\\n",
       "1        20418    Agus Setiawan      agus.setiawan@gmail.com  1981-10-05"
      ]
     },
     "execution_count": 7,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "df = pd.read_sql(\\"SELECT customer_id, name, email, dob FROM customers WHERE phone IN ('+62 812 4471 2290', '+62 21 5790 3318')\\", conn)\\n",
    "df.head(2)"
   ]
  }`,
    expected: [
      ['PERSON', 'Putri Wulandari'],
      ['EMAIL', 'putri.wulandari@yahoo.co.id'],
      ['DATE_OF_BIRTH', '1996-03-21'],
      ['PERSON', 'Agus Setiawan'],
      ['EMAIL', 'agus.setiawan@gmail.com'],
      ['DATE_OF_BIRTH', '1981-10-05'],
      ['PHONE', '+62 812 4471 2290'],
      ['PHONE', '+62 21 5790 3318'],
    ],
  },
  {
    name: 'Jupyter .ipynb error output with ANSI escapes in the traceback',
    text: `{
 "cell_type": "code",
 "execution_count": 12,
 "metadata": {},
 "outputs": [
  {
   "ename": "ValueError",
   "evalue": "invalid phone '+45 21 48 77 39' for customer Lars-Erik Søndergaard",
   "output_type": "error",
   "traceback": [
    "\\u001b[0;31m---------------------------------------------------------------------------\\u001b[0m",
    "\\u001b[0;31mValueError\\u001b[0m                                Traceback (most recent call last)",
    "Cell \\u001b[0;32mIn[12], line 2\\u001b[0m\\n\\u001b[1;32m      1\\u001b[0m row \\u001b[38;5;241m=\\u001b[39m customers\\u001b[38;5;241m.\\u001b[39mloc[\\u001b[38;5;241m4471\\u001b[39m]\\n\\u001b[0;32m----> 2\\u001b[0m \\u001b[43mnormalise_phone\\u001b[49m\\u001b[43m(\\u001b[49m\\u001b[43mrow\\u001b[49m\\u001b[43m)\\u001b[49m\\n",
    "\\u001b[0;31mValueError\\u001b[0m: invalid phone '+45 21 48 77 39' for customer Lars-Erik Søndergaard"
   ]
  }
 ],
 "source": [
  "row = customers.loc[4471]\\n",
  "normalise_phone(row)"
 ]
}`,
    expected: [
      ['PHONE', '+45 21 48 77 39'],
      ['PERSON', 'Lars-Erik Søndergaard'],
      ['PHONE', '+45 21 48 77 39'],
      ['PERSON', 'Lars-Erik Søndergaard'],
    ],
  },
  {
    name: 'Spark show(vertical=True) records',
    text: `>>> leads.show(2, vertical=True)
-RECORD 0------------------------------
 customer_id | 7001
 name        | Mariana Quiroga Paz
 email       | mquiroga@fibertel.com.ar
 phone       | +54 9 11 4827-3301
 dob         | 1986-03-08
-RECORD 1------------------------------
 customer_id | 7002
 name        | Facundo Gatti
 email       | facundo.gatti@gmail.com
 phone       | +54 9 351 612-4480
 dob         | 1992-10-25
only showing top 2 rows`,
    expected: [
      ['PERSON', 'Mariana Quiroga Paz'],
      ['EMAIL', 'mquiroga@fibertel.com.ar'],
      ['PHONE', '+54 9 11 4827-3301'],
      ['DATE_OF_BIRTH', '1986-03-08'],
      ['PERSON', 'Facundo Gatti'],
      ['EMAIL', 'facundo.gatti@gmail.com'],
      ['PHONE', '+54 9 351 612-4480'],
      ['DATE_OF_BIRTH', '1992-10-25'],
    ],
  },
  {
    name: 'Spark show() cutting emails and IBANs at 20 characters',
    text: `>>> payouts.show(3)
+----+---------------+--------------------+--------------------+-------+
|  id|           name|               email|                iban| amount|
+----+---------------+--------------------+--------------------+-------+
|5001|  Lucía Arrieta|lucia.arrieta@tel...|ES25 0049 1500 05...|1240.00|
|5002| Tomás Iglesias|   t.iglesias@ya.com|PT48 0035 0127 00...| 860.50|
|5003| Greta Lindholm|greta.lindholm@ho...|SE12 8000 0832 79...| 412.00|
+----+---------------+--------------------+--------------------+-------+
only showing top 3 rows`,
    // A cut address is spanned as far as it is shown (its local part still names the person; the
    // convention of hold-out 37); a cut IBAN, its account number not shown, is not counted.
    expected: [
      ['PERSON', 'Lucía Arrieta'],
      ['EMAIL', 'lucia.arrieta@tel'],
      ['PERSON', 'Tomás Iglesias'],
      ['EMAIL', 't.iglesias@ya.com'],
      ['PERSON', 'Greta Lindholm'],
      ['EMAIL', 'greta.lindholm@ho'],
    ],
  },
  {
    name: 'sqlite3 .mode box and .mode line',
    text: `sqlite> .mode box
sqlite> SELECT name, email, phone FROM contacts WHERE id IN (14, 15);
┌────────────────┬────────────────────────────┬──────────────────┐
│      name      │           email            │      phone       │
├────────────────┼────────────────────────────┼──────────────────┤
│ Heikki Mäkinen │ heikki.makinen@kolumbus.fi │ +358 50 412 7781 │
│ Päivi Korhonen │ paivi.korhonen@luukku.com  │ 09 4178 2290     │
└────────────────┴────────────────────────────┴──────────────────┘
sqlite> .mode line
sqlite> SELECT * FROM contacts WHERE id = 16;
   id = 16
 name = Sigrún Pálsdóttir
email = sigrun.p@internet.is
phone = +354 772 1049
  dob = 1975-04-02`,
    expected: [
      ['PERSON', 'Heikki Mäkinen'],
      ['EMAIL', 'heikki.makinen@kolumbus.fi'],
      ['PHONE', '+358 50 412 7781'],
      ['PERSON', 'Päivi Korhonen'],
      ['EMAIL', 'paivi.korhonen@luukku.com'],
      ['PHONE', '09 4178 2290'],
      ['PERSON', 'Sigrún Pálsdóttir'],
      ['EMAIL', 'sigrun.p@internet.is'],
      ['PHONE', '+354 772 1049'],
      ['DATE_OF_BIRTH', '1975-04-02'],
    ],
  },
  {
    name: 'psql expanded display with several records, an empty cell and a card in a note',
    text: `crm=> \\x on
Expanded display is on.
crm=> SELECT id, full_name, email, phone, notes FROM leads WHERE source = 'webinar' LIMIT 2;
-[ RECORD 1 ]-------------------------------------------
id        | 6120
full_name | Hira Qureshi
email     | hira.qureshi@gmail.com
phone     | +92 300 418 2290
notes     | asked for the invoice in PKR
-[ RECORD 2 ]-------------------------------------------
id        | 6121
full_name | Bilal Siddiqui
email     |
phone     | 0321-7748105
notes     | paid by card 3714 496353 92186, exp 04/27`,
    expected: [
      ['PERSON', 'Hira Qureshi'],
      ['EMAIL', 'hira.qureshi@gmail.com'],
      ['PHONE', '+92 300 418 2290'],
      ['PERSON', 'Bilal Siddiqui'],
      ['PHONE', '0321-7748105'],
      ['CREDIT_CARD', '3714 496353 92186'],
    ],
  },
  {
    name: 'MySQL \\G vertical output',
    text: `mysql> SELECT * FROM customers WHERE id = 3318\\G
*************************** 1. row ***************************
         id: 3318
 first_name: Yerlan
  last_name: Abenov
      email: yerlan.abenov@mail.kz
      phone: +7 701 448 2093
 birth_date: 1990-09-14
       iban: KZ79 722K ZT00 0481 5520
 created_at: 2023-05-17 08:41:20
1 row in set (0.00 sec)`,
    expected: [
      ['PERSON', 'Yerlan'],
      ['PERSON', 'Abenov'],
      ['EMAIL', 'yerlan.abenov@mail.kz'],
      ['PHONE', '+7 701 448 2093'],
      ['DATE_OF_BIRTH', '1990-09-14'],
      ['IBAN', 'KZ79 722K ZT00 0481 5520'],
    ],
  },
  {
    name: 'ClickHouse client Pretty format with heavy box characters',
    text: `kestrel :) SELECT user_id, email, client_ip, country FROM sessions WHERE event_date = today() LIMIT 3

┏━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━┓
┃ user_id ┃ email                      ┃ client_ip                               ┃ country ┃
┡━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━┩
│   88213 │ haruto.sato@softbank.ne.jp │ 126.78.201.44                           │ JP      │
├─────────┼────────────────────────────┼─────────────────────────────────────────┼─────────┤
│   88214 │ minh.anh.vo@gmail.com      │ 2405:4802:1d4a:9e20:5c1b:3f7a:d2e4:8810 │ VN      │
├─────────┼────────────────────────────┼─────────────────────────────────────────┼─────────┤
│   88215 │ no-reply@example.com       │ 127.0.0.1                               │ —       │
└─────────┴────────────────────────────┴─────────────────────────────────────────┴─────────┘

3 rows in set. Elapsed: 0.012 sec. Processed 48.21 thousand rows, 2.41 MB (4.02 million rows/s., 200.55 MB/s.)`,
    expected: [
      ['EMAIL', 'haruto.sato@softbank.ne.jp'],
      ['IP_ADDRESS', '126.78.201.44'],
      ['EMAIL', 'minh.anh.vo@gmail.com'],
      ['IP_ADDRESS', '2405:4802:1d4a:9e20:5c1b:3f7a:d2e4:8810'],
    ],
  },
  {
    name: 'redis-cli HGETALL of a customer hash',
    text: `127.0.0.1:6379> HGETALL customer:88213
 1) "name"
 2) "Aylin Demir"
 3) "email"
 4) "aylin.demir@hotmail.com.tr"
 5) "phone"
 6) "+90 532 418 7702"
 7) "iban"
 8) "TR19 0001 0002 4719 5530 3850 01"
 9) "updated_at"
10) "1710238502"`,
    expected: [
      ['PERSON', 'Aylin Demir'],
      ['EMAIL', 'aylin.demir@hotmail.com.tr'],
      ['PHONE', '+90 532 418 7702'],
      ['IBAN', 'TR19 0001 0002 4719 5530 3850 01'],
    ],
  },
  {
    name: 'Google Sheets paste (tab-separated) with checkboxes and a number mangled to E notation',
    text: `Naam\tE-mail\tMobiel\tIBAN\tBetaald\tBedrag
Ravi Ramdin\travi.ramdin@ziggo.nl\t+31 6 4418 2290\tNL53 RABO 0312 7884 05\tTRUE\t€ 45,00
Shanti Bhagwandin\tshanti.b@kpnmail.nl\t3.16442E+10\t\tFALSE\t€ 45,00
\t\t\t\tTotaal\t€ 90,00`,
    // E notation has lost the digits: no number is left to find.
    expected: [
      ['PERSON', 'Ravi Ramdin'],
      ['EMAIL', 'ravi.ramdin@ziggo.nl'],
      ['PHONE', '+31 6 4418 2290'],
      ['IBAN', 'NL53 RABO 0312 7884 05'],
      ['PERSON', 'Shanti Bhagwandin'],
      ['EMAIL', 'shanti.b@kpnmail.nl'],
    ],
  },
  // ---------------------------------------------------------------- error messages carrying values
  {
    name: 'SQLAlchemy IntegrityError from executemany with positional parameters',
    text: `sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint failed: customers.email
[SQL: INSERT INTO customers (name, email, phone, dob) VALUES (?, ?, ?, ?)]
[parameters: [('Maricel Dela Cruz', 'maricel.delacruz@yahoo.com.ph', '+63 917 482 2290', '1990-06-11'), ('Jomar Villanueva', 'maricel.delacruz@yahoo.com.ph', '+63 2 8527 4410', '1987-01-25')]]
(Background on this error at: https://sqlalche.me/e/20/gkpj)`,
    expected: [
      ['PERSON', 'Maricel Dela Cruz'],
      ['EMAIL', 'maricel.delacruz@yahoo.com.ph'],
      ['PHONE', '+63 917 482 2290'],
      ['DATE_OF_BIRTH', '1990-06-11'],
      ['PERSON', 'Jomar Villanueva'],
      ['EMAIL', 'maricel.delacruz@yahoo.com.ph'],
      ['PHONE', '+63 2 8527 4410'],
      ['DATE_OF_BIRTH', '1987-01-25'],
    ],
  },
  {
    name: 'asyncpg and psycopg 3 errors with DETAIL lines',
    text: `asyncpg.exceptions.UniqueViolationError: duplicate key value violates unique constraint "payees_iban_key"
DETAIL:  Key (iban)=(SK15 0900 0000 0051 7726 1049) already exists.

psycopg.errors.CheckViolation: new row for relation "patients" violates check constraint "patients_phone_e164"
DETAIL:  Failing row contains (5512, Matej Kováč, matej.kovac@azet.sk, 0905 318 442, null).`,
    expected: [
      ['IBAN', 'SK15 0900 0000 0051 7726 1049'],
      ['PERSON', 'Matej Kováč'],
      ['EMAIL', 'matej.kovac@azet.sk'],
      ['PHONE', '0905 318 442'],
    ],
  },
  {
    name: 'Prisma unique-constraint error echoing the create() arguments',
    text: `PrismaClientKnownRequestError:
Invalid \`prisma.customer.create()\` invocation in
/app/src/routes/signup.ts:42:39

  39 export async function signup(input: SignupInput) {
  40   const passwordHash = await argon2.hash(input.password);
  41
→ 42   const customer = await prisma.customer.create({
         data: {
           email: "mateo.quispe@gmail.com",
           fullName: "Mateo Quispe Huamán",
           phone: "+51 987 214 336",
           birthDate: new Date("1996-02-17T00:00:00.000Z"),
           passwordHash: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$Kx9vTq2LmW8RzB4nYp7cHd3JfG6sAe0uVi5oBnTq2Lm"
         }
       })
Unique constraint failed on the fields: (\`email\`)
    at _n.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:123:6877) {
  code: 'P2002',
  clientVersion: '5.11.0',
  meta: { modelName: 'Customer', target: [ 'email' ] }
}`,
    // The argon2 digest is a hash, not the password.
    expected: [
      ['EMAIL', 'mateo.quispe@gmail.com'],
      ['PERSON', 'Mateo Quispe Huamán'],
      ['PHONE', '+51 987 214 336'],
      ['DATE_OF_BIRTH', '1996-02-17'], // the date; midnight UTC is no part of it
    ],
  },
  {
    name: 'MongoDB E11000 duplicate key errors from pymongo and the Node driver',
    text: `pymongo.errors.DuplicateKeyError: E11000 duplicate key error collection: crm.customers index: email_1 dup key: { email: "shahnoza.yusupova@mail.ru" }, full error: {'index': 0, 'code': 11000, 'errmsg': 'E11000 duplicate key error collection: crm.customers index: email_1 dup key: { email: "shahnoza.yusupova@mail.ru" }', 'keyPattern': {'email': 1}, 'keyValue': {'email': 'shahnoza.yusupova@mail.ru'}}
MongoServerError: E11000 duplicate key error collection: crm.customers index: phone_1_dob_1 dup key: { phone: "+998 90 417 2288", dob: "1990-03-29" }`,
    expected: [
      ['EMAIL', 'shahnoza.yusupova@mail.ru'],
      ['EMAIL', 'shahnoza.yusupova@mail.ru'],
      ['EMAIL', 'shahnoza.yusupova@mail.ru'],
      ['PHONE', '+998 90 417 2288'],
      ['DATE_OF_BIRTH', '1990-03-29'],
    ],
  },
  {
    name: 'pydantic validation errors echoing input_value',
    text: `pydantic_core._pydantic_core.ValidationError: 2 validation errors for SignupRequest
country
  Field required [type=missing, input_value={'full_name': 'Amara Okonkwo', 'email': 'amara.okonkwo@gmail.com', 'phone': '0803 775 1029', 'date_of_birth': '1989-03-14'}, input_type=dict]
    For further information visit https://errors.pydantic.dev/2.6/v/missing
phone
  String should match pattern '^\\+[1-9]\\d{7,14}$' [type=string_pattern_mismatch, input_value='0803 775 1029', input_type=str]
    For further information visit https://errors.pydantic.dev/2.6/v/string_pattern_mismatch`,
    expected: [
      ['PERSON', 'Amara Okonkwo'],
      ['EMAIL', 'amara.okonkwo@gmail.com'],
      ['PHONE', '0803 775 1029'],
      ['DATE_OF_BIRTH', '1989-03-14'],
      ['PHONE', '0803 775 1029'],
    ],
  },
  {
    name: 'ActiveRecord log with bind arrays, a validation failure and RecordNotUnique',
    text: `  TRANSACTION (0.2ms)  BEGIN
  User Create (1.4ms)  INSERT INTO "users" ("name", "email", "phone", "birth_date", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id"  [["name", "Duarte Magalhães"], ["email", "duarte.magalhaes@sapo.pt"], ["phone", "+351 912 448 207"], ["birth_date", "1991-08-23"], ["created_at", "2024-03-12 10:15:02.118412"], ["updated_at", "2024-03-12 10:15:02.118412"]]
  TRANSACTION (0.3ms)  ROLLBACK
ActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_users_on_email"
DETAIL:  Key (email)=(duarte.magalhaes@sapo.pt) already exists.
ActiveRecord::RecordInvalid: Validation failed: Email has already been taken, Phone is invalid`,
    expected: [
      ['PERSON', 'Duarte Magalhães'],
      ['EMAIL', 'duarte.magalhaes@sapo.pt'],
      ['PHONE', '+351 912 448 207'],
      ['DATE_OF_BIRTH', '1991-08-23'],
      ['EMAIL', 'duarte.magalhaes@sapo.pt'],
    ],
  },
  {
    name: 'Java stack trace: Jackson InvalidFormatException on a birth date and a Hibernate constraint',
    text: `com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type \`java.time.LocalDate\` from String "14/11/1983": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '14/11/1983' could not be parsed at index 0
 at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: 98] (through reference chain: com.kestrel.crm.dto.CustomerDto["birthDate"])
	at com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)
	at com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:1991)
	at com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer.deserialize(LocalDateDeserializer.java:114)
org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint "uk_customer_email"
  Detail: Key (email)=(e.papadopoulou@otenet.gr) already exists.] [insert into customer (birth_date,email,full_name,phone,id) values (?,?,?,?,?)]; SQL [insert into customer (birth_date,email,full_name,phone,id) values (?,?,?,?,?)]; constraint [uk_customer_email]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)`,
    expected: [
      ['DATE_OF_BIRTH', '14/11/1983'],
      ['DATE_OF_BIRTH', '14/11/1983'],
      ['EMAIL', 'e.papadopoulou@otenet.gr'],
    ],
  },
  {
    name: 'Joi ValidationError printed by Node with the original object',
    text: `ValidationError: "postcode" is required
    at Object.exports.process (/app/node_modules/joi/lib/errors.js:193:16)
    at internals.entry (/app/node_modules/joi/lib/validator.js:253:26) {
  _original: {
    fullName: 'Siosaia Taufa',
    email: 'siosaia.taufa@xtra.co.nz',
    mobile: '021 448 9031',
    dob: '1984-07-19'
  },
  details: [
    {
      message: '"postcode" is required',
      path: [ 'postcode' ],
      type: 'any.required',
      context: { label: 'postcode', key: 'postcode' }
    }
  ]
}`,
    expected: [
      ['PERSON', 'Siosaia Taufa'],
      ['EMAIL', 'siosaia.taufa@xtra.co.nz'],
      ['PHONE', '021 448 9031'],
      ['DATE_OF_BIRTH', '1984-07-19'],
    ],
  },
  {
    name: 'Python KeyError and ValueError whose messages are the values',
    text: `Traceback (most recent call last):
  File "/srv/etl/merge.py", line 88, in <module>
    owner = owners_by_email[row["email"]]
            ~~~~~~~~~~~~~~~^^^^^^^^^^^^^^
KeyError: 'sun-hee.cho@daum.net'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/etl/merge.py", line 91, in <module>
    owner = match_by_phone(row["phone"])
  File "/srv/etl/match.py", line 27, in match_by_phone
    raise ValueError(f"could not match {phone!r} (row {i}) to any customer")
ValueError: could not match '+66 81 447 2290' (row 4471) to any customer`,
    expected: [
      ['EMAIL', 'sun-hee.cho@daum.net'],
      ['PHONE', '+66 81 447 2290'],
    ],
  },
  {
    name: 'pandera SchemaError listing failure cases of an SSN column',
    text: `pandera.errors.SchemaError: <Schema Column(name=ssn, type=DataType(str))> failed element-wise validator 0:
<Check str_matches: str_matches('^\\d{3}-\\d{2}-\\d{4}$')>
failure cases:
   index failure_case
0     12    214673390
1     57  447 09 2286`,
    expected: [
      ['US_SSN', '214673390'],
      ['US_SSN', '447 09 2286'],
    ],
  },
  {
    name: "Django form errors: the library's example number is not a finding, the input is",
    text: `>>> form = SignupForm(data)
>>> form.is_valid()
False
>>> form.errors.as_data()
{'phone': [ValidationError(['Enter a valid phone number (e.g. 0121 234 5678) or a number with an international call prefix.'])]}
>>> form.data
{'name': 'Gulnara Ismailova', 'email': 'gulnara.ismailova@mail.ru', 'phone': '+7 (912) 448-27-19 ask for Gulnara'}`,
    expected: [
      ['PERSON', 'Gulnara Ismailova'],
      ['EMAIL', 'gulnara.ismailova@mail.ru'],
      ['PHONE', '+7 (912) 448-27-19'],
      ['PERSON', 'Gulnara'], // the given name of the person named in full just before
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'reprs of orders, builds, jobs and invoices with ids, hashes, timestamps and prices',
    text: `<Order(id=88213, sku='KST-4471-BLK', total=Decimal('129.99'), placed_at=datetime.datetime(2024, 3, 12, 10, 15, 2, tzinfo=datetime.timezone.utc))>
BuildInfo{version='3.4.1', commit='9fceb02d0ae598e95dc970b74767f19372d61af8', builtAt=2024-03-12T10:15:02Z, javaVersion='21.0.2'}
Job { id: 4f8c2e9a-1b7d-4f6e-8c5a-8b2d9f1e7c3a, status: Succeeded, started: 2024-03-12T10:15:02Z, rows: 48213, checksum: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" }
#<Invoice id: 4471, number: "INV-2024-0311", amount_cents: 1299900, currency: "EUR", due_on: "2024-04-11">
{ID:90211 SKU:KST-2290-WHT Qty:3 UnitCents:4199 ShippedAt:2024-03-11 16:02:51 +0000 UTC Carrier:DHL Tracking:JD014600006281230704}`,
    expected: [],
  },
  {
    name: 'DuckDB SUMMARIZE of numeric columns',
    text: `D SUMMARIZE SELECT customer_id, ltv_eur, orders, age FROM customers;
┌─────────────┬─────────────┬──────────┬──────────┬───────────────┬───────────────────┬────────────────────┬──────────┬──────────┬──────────┬───────┬─────────────────┐
│ column_name │ column_type │   min    │   max    │ approx_unique │        avg        │        std         │   q25    │   q50    │   q75    │ count │ null_percentage │
├─────────────┼─────────────┼──────────┼──────────┼───────────────┼───────────────────┼────────────────────┼──────────┼──────────┼──────────┼───────┼─────────────────┤
│ customer_id │ BIGINT      │ 10000001 │ 10048213 │         48109 │        10024107.0 │ 13917.861296470235 │ 10012053 │ 10024107 │ 10036160 │ 48213 │            0.00 │
│ ltv_eur     │ DOUBLE      │ 0.0      │ 98211.4  │         31877 │ 1284.512309128143 │  2209.774812331275 │ 112.5    │ 498.99   │ 1520.0   │ 48213 │            0.00 │
│ orders      │ INTEGER     │ 1        │ 212      │           148 │             6.118 │     9.402183011277 │ 1        │ 3        │ 7        │ 48213 │            0.00 │
│ age         │ INTEGER     │ 18       │ 94       │            77 │         41.278113 │    13.904415027851 │ 30       │ 40       │ 52       │ 48213 │           17.29 │
└─────────────┴─────────────┴──────────┴──────────┴───────────────┴───────────────────┴────────────────────┴──────────┴──────────┴──────────┴───────┴─────────────────┘`,
    expected: [],
  },
  {
    name: 'console.log of a config object with placeholders, loopback and example addresses',
    text: `{
  env: 'development',
  db: { host: '127.0.0.1', port: 5432, user: 'postgres', password: '<set in .env>' },
  smtp: { from: 'no-reply@example.com', replyTo: 'support@example.org', host: 'localhost' },
  stripe: { key: 'sk_test_XXXXXXXXXXXXXXXXXXXXXXXX', webhookSecret: process.env.STRIPE_WHSEC },
  listen: '0.0.0.0:3000',
  features: Set(2) { 'beta', 'ai' },
  startedAt: 2024-03-12T10:15:02.118Z,
  version: '4.2.0'
}`,
    expected: [],
  },
  {
    name: 'factory-built test fixtures: the Stripe test card is a card, the example users are not people',
    text: `>>> factories.CardFactory.build()
Card(number='4242424242424242', exp_month=12, exp_year=2030, cvc='123', holder='Test User')
>>> factories.UserFactory.build_batch(2)
[User(id=1, email='user1@example.com', name='Test User 1', is_staff=False), User(id=2, email='user2@example.com', name='Test User 2', is_staff=True)]`,
    // Like the 4111… test card of the first hold-out, a published test number is flagged as a card.
    expected: [['CREDIT_CARD', '4242424242424242']],
  },
  {
    name: 'error messages about non-personal keys',
    text: `pymongo.errors.DuplicateKeyError: E11000 duplicate key error collection: shop.products index: sku_1 dup key: { sku: "KST-4471-BLK-XL" }
Unique constraint failed on the fields: (\`slug\`)
  meta: { modelName: 'Article', target: [ 'slug' ] }
1 validation error for LineItem
unit_price
  Input should be greater than 0 [type=greater_than, input_value=-12.5, input_type=float]
DETAIL:  Key (order_id, line_no)=(2024031210150211, 3) already exists.
ActiveRecord::RecordInvalid: Validation failed: Name can't be blank, Email is invalid`,
    expected: [],
  },
  {
    name: 'reprs of person-shaped classes with null and empty fields',
    text: `PersonDto(firstName=null, lastName=null, email=null, phone=null, birthDate=null)
Person{firstName='', lastName='', email='', dateOfBirth=null}
<User(id=None, email=None, fullname=None)>
#<Contact id: nil, name: nil, email: nil, phone: nil, created_at: nil, updated_at: nil>
Customer { name: "", email: None, phone: None }`,
    expected: [],
  },
];

describeHoldout('privacy detectors on a sixth hand-written hold-out', cases);
