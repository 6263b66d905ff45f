import { describe, expect, it } from 'vitest';
import { secretDetector } from './secret.js';

// Fake tokens are assembled from parts so that secret scanners do not mistake this file for a leak.
const k = (...parts: string[]): string => parts.join('');
const openai = k('sk-', 'proj-', '4fJ8kLq2N9xVb7Tz1MwR3yHc6PdQ0sUe5GaZ');
const anthropic = k('sk-', 'ant-api03-', 'Xy7Kq2Lm9Np4Rs8Tv1Wz6Ab3Cd5Ef0Gh2Ij4Kl7Mn9Op_Qr-StUv');
const github = k('gh', 'p_', '1A2b3C4d5E6f7G8h9I0j1K2l3M4n5O6p7Q8r');
const githubPat = k('github', '_pat_', '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123');
const slack = k('xo', 'xb-', '1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx');
const slackApp = k('xa', 'pp-1-', 'A01B2C3D4E5-1234567890-abcdef0123456789');
const webhook = k('https://hooks.', 'slack.com/services/', 'T024BE7LD/B01J2K3L4M5/Qw3Rt5Yu7Io9Pa1Sd2Fg4Hj6');
const stripe = k('sk', '_live_', '51H8xYzAbCdEfGhIjKlMnOpQr');
const stripeTest = k('sk', '_test_', 'Lp7Qw2Xz9Rt4Vb6Nm3Kc8Hd1');
const google = k('AI', 'za', 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY');
const akia = k('AK', 'IA', 'Z7QW3RT5YU8IOP2L');
const awsSecret = 'Zk3m9Qp2Lx8Vb4Nc7Rt1Yw6Hs0Jd5Fg2Ka9Tb3Xe';
const jwt =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const pemBody =
  'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF0qEhcpJt6Kv3b5SGbZ3xcd2CwsJ\nkA3P+X9wRrdxh3Hsd9UqjZ0Ezq5t8NnKcJlbqu7CRHBXbvEo';
const pem = `-----BEGIN RSA PRIVATE KEY-----\n${pemBody}\n-----END RSA PRIVATE KEY-----`;
const openssh = `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody}\n-----END OPENSSH PRIVATE KEY-----`;

const webhookSecret = k('wh', 'sec_', 'Kx9mQ2vR7tLw4pZ8nB3cY6dF1gH5jS0a');
const subscriptionKey = k('9e4b1f7a2c8d', '30e5b9a4f1c6d2e8b7a0');
const herokuToken = k('3732497d-7659-', '4782-979b-fc48def59adc');
const npmToken = k('np', 'm_', 'Rt5vLm2Xq9WcK4bN8pZ1yHd3JfG6sAe0uVi7');
const sessionId = k('k3x9q2m7v1l8p4z6', 't0w5r2y8n3b7c1d4');
const phpSession = k('q8v2n7', 'l4k9m3p1r6t0w5z2b8');
const railsSession = k(
  'Zm9vYmFyQmF6UXV4MTIz',
  'TmV3U2Vzc2lvbkRhdGFYeVo',
  '--',
  '9c1e47a03b2d4f86a915d07e2c48b6134e5f7a21',
);
const expressSid = k('s%3A', 'Vq7Lm2Xt9Rz4Kw8Nc3Bp6Df1', '.', 'Gh5Sa0Ey2Ui7Op4Kq9Tz3Lx8Mn');
const laravelSession = k('eyJpdiI6IlF3N3RSMnZYOWtMbU40cFpi', 'OEhjM0pkNkZzMUdhNUV5In0%3D');
const jsessionId = k('8F3A9C2E7B1D', '4E6F0A5C9B2D7E1F');
const cfSignature = k(
  'Xq7Lm2Vt9Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2Ui7Op4Kq9Tz3Lx8',
  '~Mn2Rb5Wc8Yd1Fj4Hk7Ls0Pq3Tv6Zx9Ab2Ce5Gi8Jo1Mu4-',
);
const s3v2Signature = k('vjbyPxybdZaN', 'mGa%2ByT272YEAiv4%3D');
const hexSignature = k('7a41c09e3b2d58f6', '1a4c9e27b1d083f4', '4e9b27c1d08a5f3e', '6b71c2a9d40e83b5');
const sasSignature = k('Xq7Lm2Vt9Rz4Kw8Nc3Bp6Df1', 'Gh5Sa0Ey2Ui7Op4Kq9%3D');
const amzSessionToken = k('IQoJb3JpZ2luX2VjEJr', '%2F%2F%2FwEaCXVzLWVhc3QtMSJHMEUCIQ');
const pdRoutingKey = k('R02', 'F7KQ1XM9TBWL3ZC', '8NVD4HJ6PYS2GE');
const sendgrid = k('SG', '.', 'aBcDeFgHiJkLmNoPqRsTuV', '.', 'wXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ012');
const vendorTokens = [
  k('SG', '.mK4pQ9xL2vR7tZ1wN8bC5d', '.Jh6Fg3Ks0aLe9uYo2iPz7XqW4mV1nB8cT5rD3eF6gH0'),
  k('key', '-3f9a1c7e5b2d48e6a0c9f7d1b3e5a7c9'),
  k('shp', 'at_', '4f1a9c2e7b30d85a6e21f4c9b07d3e8a'),
  k('pypi', '-AgEIcHlwaS5vcmcCJDk0ZjA3YjE2LTJjNDUtNGQ4ZS05YzFhLTdlNWIyZDQ4ZTZhMAACKlszLCJh'),
  k('glp', 'at-', 'Xk7vQ2mL9pR4tZ8wN1bC'),
  k('hf', '_', 'QmKxRtLvNpWzHsJdFgBcYtUeIoPaSdFgHj'),
  k('dop', '_v1_', '4f1a9c2e7b30d85a6e21f4c9b07d3e8a12f6c4b9d0e3a7f5c8b1e4d7a0c3f6b9'),
  k('dp', '.st.', 'prd.', 'Kx9mQ2vR7tLw4pZ8nB3cY6dF1gH5jS0aWe2Rt4Yu'),
  k('dapi', '4f1a9c2e7b30d85a6e21f4c9b07d3e8a'),
  k('pat', 'Xk7vQ2mL9pR4tZ', '.', '4f1a9c2e7b30d85a6e21f4c9b07d3e8a12f6c4b9d0e3a7f5c8b1e4d7a0c3f6b9'),
  k('gsk', '_', 'Kx9mQ2vR7tLw4pZ8nB3cY6dF1gH5jS0aWe2Rt4Yu7Io9Pa1Sd3F'),
  k('r8', '_', 'Kx9mQ2vR7tLw4pZ8nB3cY6dF1gH5jS0aWe2R'),
  k('lsv2', '_pt_', '737e0674994f4715915e82ec41a7622b', '_5876abf9ac'),
  k('pcsk', '_3UiVd2_', 'Kx9mQ2vR7tLw4pZ8nB3cY6dF1gH5jS0aWe2Rt4Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv3Bn5M'),
];

const sfSession = k(
  '00D5g000004xYzA!',
  'AQ4AQFjK9mR2vT7wLp3Xc8Nb1Hd5Gs0',
  'ZqYe6Ua4Io2Pk7Wn.3Tr9Lm_xVb1Qz8Jc5Hf0',
);

const telegramToken = k('6841207733', ':AAH', 'q7Lm2Xt9Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2U');
const telegramToken35 = k('5120934471', ':AAF', 'd3Kq9Tz3Lx8Mn2Rb5Wc8Yd1Fj4Hk7Ls0');
const hubspotPat = k('pat-na1-', '3f0c9e27-5b1d-4a86-9e42-d7c1a05b8f36');
const intakeToken = k('itk-', 'Qw7Lm2Xt9Rz4Kw8Nc3Bp6Df1');
const discordToken = k(
  'Xq7Lm2Vt9Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2Ui7Op4Kq',
  '9Tz3Lx8Mn2Rb5Wc8Yd1Fj4Hk7Ls0Pq3Tv6Zx9Ab2C',
);
const discordToken68 = k('b7Rt2Lq9Wx4Zm8Kc3Nv6Fp1Hs5Gd0Ja', '2Ye7Ui4Op9Tz3Lx8Mn2Rb5Wc8Yd1Fj4Hk7');

type Case = [string, string, Array<['SECRET', string]>];

const positives: Case[] = [
  [
    "a Telegram bot token in a Bot API URL, glued to the path's `bot` (a method call, a file download)",
    [
      `URL: https://api.telegram.org/bot${telegramToken}/sendMessage`,
      `curl -s "https://api.telegram.org/file/bot${telegramToken35}/photos/file_0.jpg"`,
    ].join('\n'),
    [
      ['SECRET', telegramToken],
      ['SECRET', telegramToken35],
    ],
  ],
  [
    'a HubSpot private-app token: `pat-`, the region (na1, eu1) and a UUID',
    [
      `Verbindung: HubSpot (Private App) — Token ${hubspotPat}`,
      `HUBSPOT = "${hubspotPat.replace('na1', 'eu1')}"`,
    ].join('\n'),
    [
      ['SECRET', hubspotPat],
      ['SECRET', hubspotPat.replace('na1', 'eu1')],
    ],
  ],
  [
    'a custom API-key header (X-…-Token, X-…-Key, X-…-Secret, X-Api-Key) in a node, a curl, a request',
    [
      `Header: X-Intake-Token: ${intakeToken}`,
      `curl -H "x-api-key: ${intakeToken.slice(4)}" https://api.kestrel.io/v1/leads`,
      `X-Webhook-Secret: ${intakeToken.toLowerCase()}`,
      `Headers: X-Partner-Key: ${intakeToken}9`,
    ].join('\n'),
    [
      ['SECRET', intakeToken],
      ['SECRET', intakeToken.slice(4)],
      ['SECRET', intakeToken.toLowerCase()],
      ['SECRET', `${intakeToken}9`],
    ],
  ],
  [
    "an API gateway's subscription key (Azure API Management's Ocp-Apim-Subscription-Key) in a dict, a curl and a request; a payment API's passkey",
    [
      `headers={"Ocp-Apim-Subscription-Key": "${subscriptionKey}", "X-Target-Environment": "mtnghana"}`,
      `curl -H "Ocp-Apim-Subscription-Key: ${subscriptionKey.toUpperCase()}" https://api.vipps.no/accesstoken/get`,
      `Subscription-Key: ${subscriptionKey.slice(2)}`,
      `passkey = "${subscriptionKey}${subscriptionKey}"`,
      `"PassKey": "${subscriptionKey.slice(4)}"`,
    ].join('\n'),
    [
      ['SECRET', subscriptionKey],
      ['SECRET', subscriptionKey.toUpperCase()],
      ['SECRET', subscriptionKey.slice(2)],
      ['SECRET', `${subscriptionKey}${subscriptionKey}`],
      ['SECRET', subscriptionKey.slice(4)],
    ],
  ],
  [
    'Telegram bot tokens: in a chat message, in code, with the 35 characters BotFather issues',
    [
      `ok! por cierto el bot del riego no arranca, el token es ${telegramToken}`,
      `bot = telebot.TeleBot("${telegramToken35}")`,
    ].join('\n'),
    [
      ['SECRET', telegramToken],
      ['SECRET', telegramToken35],
    ],
  ],
  [
    "a Discord webhook URL's token (discord.com, discordapp.com, a versioned API path), not its id",
    [
      `here it is: https://discord.com/api/webhooks/1217028001234567890/${discordToken}`,
      `WEBHOOK = "https://discordapp.com/api/webhooks/1093447120931844712/${discordToken68}"`,
      `curl -X POST https://ptb.discord.com/api/v10/webhooks/1184471209318447120/${discordToken68}?wait=true`,
    ].join('\n'),
    [
      ['SECRET', discordToken],
      ['SECRET', discordToken68],
      ['SECRET', discordToken68],
    ],
  ],
  [
    "an app password after its label: Google's four groups, Apple's with dashes, run together",
    [
      `Das App-Passwort von Google ist ${k('qzvt', ' mrkw', ' hbxe', ' plda')}, danke.`,
      `Apple ID app-specific password: ${k('kfwm', '-zqty', '-bnra', '-xhop')}`,
      `contraseña de aplicación ${k('wpxk', 'tmvb', 'qzrd', 'hjcl')} para Outlook`,
    ].join('\n'),
    [
      ['SECRET', k('qzvt', ' mrkw', ' hbxe', ' plda')],
      ['SECRET', k('kfwm', '-zqty', '-bnra', '-xhop')],
      ['SECRET', k('wpxk', 'tmvb', 'qzrd', 'hjcl')],
    ],
  ],
  [
    "a configuration profile's passwords: a mail account's IncomingPassword and a Wi-Fi payload's Password",
    [
      `<key>IncomingMailServerUsername</key><string>amelie.rf</string>`,
      `  <key>IncomingPassword</key>\n  <string>${k('kfwm', '-zqty', '-bnra', '-xhop')}</string>`,
      '<key>SSID_STR</key><string>Maison-5G</string><key>Password</key><string>Tilleul!2019</string>',
    ].join('\n'),
    [
      ['SECRET', k('kfwm', '-zqty', '-bnra', '-xhop')],
      ['SECRET', 'Tilleul!2019'],
    ],
  ],
  [
    'a password stated in a sentence, after an article or a possessive (English, French, Portuguese, Italian, Dutch, Polish)',
    [
      'ok the password is Hunter-22. My Netflix password is "Kx7#pLq2" and the pin is on the fridge',
      'the password for the NAS is Vq8$mLz2Tw',
      'Le mot de passe du wifi est Tilleul!2019, bonne soirée',
      'a senha do banco é Lx9$mQ2w',
      'la password è Zq8!rT4m; hasło to Wk7#pLq2!',
      'het wachtwoord is Duin-2023!',
    ].join('\n'),
    [
      ['SECRET', 'Hunter-22'],
      ['SECRET', 'Kx7#pLq2'],
      ['SECRET', 'Vq8$mLz2Tw'],
      ['SECRET', 'Tilleul!2019'],
      ['SECRET', 'Lx9$mQ2w'],
      ['SECRET', 'Zq8!rT4m'],
      ['SECRET', 'Wk7#pLq2!'],
      ['SECRET', 'Duin-2023!'],
    ],
  ],
  [
    'a second password in a sentence that named one: the account the writer uses it for, then the verb of use',
    [
      `Das App-Passwort von Google ist ${k('qzvt', ' mrkw', ' hbxe', ' plda')}, beim web.de-Konto nehme ich Rheingold-7731.`,
      'I reset the VPN password yesterday and for the NAS I use "Kx7#pLq2Wz".',
      'La contraseña del router ya la cambié; para el wifi de invitados uso Patio-2024.',
    ].join('\n'),
    [
      ['SECRET', k('qzvt', ' mrkw', ' hbxe', ' plda')],
      ['SECRET', 'Rheingold-7731'],
      ['SECRET', 'Kx7#pLq2Wz'],
      ['SECRET', 'Patio-2024'],
    ],
  ],
  [
    "a password under a meeting id whose label is another secret's (`DB password`)",
    'Meeting ID: 844 7120 9318\nDB password: Kq7Wm2!x',
    [['SECRET', 'Kq7Wm2!x']],
  ],
  ["a passcode's label with no meeting id before it", 'Code secret : 7dQ4mX', [['SECRET', '7dQ4mX']]],
  [
    "any scheme of an Authorization header, and a source's write key",
    [
      `headers={"Authorization":"Klaviyo-API-Key ${k('pk_', '7c41e9a2b0d358f61a4c9e27b1d083')}","revision":"2024-02-15"}`,
      `Authorization: ApiKey ${k('VnVhQ2ZHY0JDZGJrU', 'W0zdGk1X3JBOnVpMm', 'xwMmtsUzI0cUVRUQ==')}`,
      `segment write_key=${k('Qw7tR2vX9kLm', 'N4pZb8Hc3Jd6Fs1Ga5Ey')} (source "web-prod")`,
      'Authorization: Basic and Authorization: Digest username="ana", realm="api"',
    ].join('\n'),
    [
      ['SECRET', k('pk_', '7c41e9a2b0d358f61a4c9e27b1d083')],
      ['SECRET', k('VnVhQ2ZHY0JDZGJrU', 'W0zdGk1X3JBOnVpMm', 'xwMmtsUzI0cUVRUQ==')],
      ['SECRET', k('Qw7tR2vX9kLm', 'N4pZb8Hc3Jd6Fs1Ga5Ey')],
    ],
  ],
  [
    'plain passwords beside the references and types that are none',
    [
      'password: letmein\nPASSWORD=mysecret\ntoken: accessToken\nsecretKey: number;',
      "passphrase = 'correct horse battery staple'",
      "const adminPassword = await bcrypt.hash('Gx7!qTz2#Lw9vRk', 12);",
      'dbname: "host=10.20.3.14 port=5432 user=masker password=m4skEr!Q7vTz2 dbname=crm"',
    ].join('\n'),
    [
      ['SECRET', 'letmein'],
      ['SECRET', 'mysecret'],
      ['SECRET', 'correct horse battery staple'],
      ['SECRET', 'Gx7!qTz2#Lw9vRk'],
      ['SECRET', 'm4skEr!Q7vTz2'],
    ],
  ],
  [
    'WooCommerce consumer key and secret in a query string',
    `curl "https://shop.example.co.uk/wp-json/wc/v3/orders/7731?consumer_key=${k('ck', '_4f1a9c2e7b30d85a6e21f4c9b07d3e8a12f6c4b9')}&consumer_secret=${k('cs', '_8d2b7e19a4c60f3b5e92d1a7c48f06e3b1d9a2c7')}"`,
    [
      ['SECRET', k('ck', '_4f1a9c2e7b30d85a6e21f4c9b07d3e8a12f6c4b9')],
      ['SECRET', k('cs', '_8d2b7e19a4c60f3b5e92d1a7c48f06e3b1d9a2c7')],
    ],
  ],
  [
    'a password after the adjective that follows its word (Polish, French), not a word after it',
    'reset hasła; hasło tymczasowe: Wk7#pLq2!Zx9 (do zmiany)\nmot de passe provisoire : Xq4-lmR9z merci\nhasło tymczasowe: wygasło',
    [
      ['SECRET', 'Wk7#pLq2!Zx9'],
      ['SECRET', 'Xq4-lmR9z'],
    ],
  ],
  [
    'a password quoted in brackets in prose, not a word in brackets',
    'she had been given his password ("Finance#2023q4") to approve invoices; the password (see policy) rotates',
    [['SECRET', 'Finance#2023q4']],
  ],
  [
    'a storage key set by a call named for a credential, not a setting named otherwise',
    `spark.conf.set("fs.azure.account.key.lake.dfs.core.windows.net", "${k('XD7lq3pl+vxd9Zfqh2SBPKZZeF', 'Z5Zrtn/G6ZhwOvz3DPsYuKmzqQ9Er==')}")\nspark.conf.set("spark.sql.shuffle.partitions", "200000000")`,
    [['SECRET', k('XD7lq3pl+vxd9Zfqh2SBPKZZeF', 'Z5Zrtn/G6ZhwOvz3DPsYuKmzqQ9Er==')]],
  ],
  [
    'base64 padding ending a bare value',
    'from_connection_string("Endpoint=sb://k/;SharedAccessKey=Xr7vLq2mZp9wTk4nBc8yHd3j=")\nAPI_SECRET=Qk9nVXNLZXlGb3JU==',
    [
      ['SECRET', 'Xr7vLq2mZp9wTk4nBc8yHd3j='],
      ['SECRET', 'Qk9nVXNLZXlGb3JU=='],
    ],
  ],
  [
    'Azure storage and Service Bus keys inside quoted connection strings',
    'sb = "Endpoint=sb://k.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=q8Wz2Rt5yUi9oPa3sDf6gHj1k="\nconn = "DefaultEndpointsProtocol=https;AccountName=kst;AccountKey=Zm9vYmFyYmF6cXV4MTIz==;EndpointSuffix=core.windows.net"',
    [
      ['SECRET', 'q8Wz2Rt5yUi9oPa3sDf6gHj1k='],
      ['SECRET', 'Zm9vYmFyYmF6cXV4MTIz=='],
    ],
  ],
  [
    'connection string passwords (JDBC inside a quoted value, ADO.NET)',
    'url = "jdbc:sqlserver://sql01:1433;databaseName=crm;user=etl;password=Sq1Serv3rPw"\nconn = "Server=tcp:sql01,1433;User ID=etl;Password=Ad0Net!pw;Encrypt=True"',
    [
      ['SECRET', 'Sq1Serv3rPw'],
      ['SECRET', 'Ad0Net!pw'],
    ],
  ],
  [
    'AWS secret after a blank (aws configure set)',
    `aws configure set aws_secret_access_key ${awsSecret}`,
    [['SECRET', awsSecret]],
  ],
  ['SendGrid key in .env (dotted, still a value)', `SENDGRID_API_KEY=${sendgrid}`, [['SECRET', sendgrid]]],
  [
    'vendor tokens by their documented prefixes, passed to a client positionally',
    vendorTokens.map((token, i) => `client_${i} = Client("${token}")`).join('\n'),
    vendorTokens.map((token) => ['SECRET', token] as ['SECRET', string]),
  ],
  [
    'a Twilio auth token after the account SID or a variable naming it, not the SID',
    'client = Client("AC4e1b9f07c2d35a86e0f14b7c9d2a3e58", "9f3c2a7e51b84d06a2e7c9d4f1b3806e")\nc = twilio(accountSid, "7a1d3f5b9c2e4a6d8f0b1c3e5a7d9f2b")',
    [
      ['SECRET', '9f3c2a7e51b84d06a2e7c9d4f1b3806e'],
      ['SECRET', '7a1d3f5b9c2e4a6d8f0b1c3e5a7d9f2b'],
    ],
  ],
  [
    'a password paired with its name as call arguments or a map entry',
    `.option("password", "Br@zilCrm2024!xQ")\nprops.setProperty("ssl.keystore.password", "Ks7-store!9")\nMap("user" -> "etl", "password" -> "Sc4la#Pw")\n$db = ['password' => 'Php!Pw2024'];`,
    [
      ['SECRET', 'Br@zilCrm2024!xQ'],
      ['SECRET', 'Ks7-store!9'],
      ['SECRET', 'Sc4la#Pw'],
      ['SECRET', 'Php!Pw2024'],
    ],
  ],
  [
    'HTTP Basic credentials given to a client as a user and a password',
    'r = requests.get(url, auth=("admin", "Hx7!kq2Lm"))\nauth = aiohttp.BasicAuth("svc", "Pw-2024-q")',
    [
      ['SECRET', 'Hx7!kq2Lm'],
      ['SECRET', 'Pw-2024-q'],
    ],
  ],
  [
    'opaque bearer token in a headers dict',
    'headers = {"Authorization": "Bearer 7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c4b6d8e0f"}',
    [['SECRET', '7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c4b6d8e0f']],
  ],
  [
    'secret-named subscript assigned a literal',
    "app.config['SECRET_KEY'] = 'Yq7#Lm2!xP9@vR4$'",
    [['SECRET', 'Yq7#Lm2!xP9@vR4$']],
  ],
  [
    'passwords given to other command-line tools',
    [
      'redis-cli -h cache.internal -a S3cr3tRedis! ping',
      'az login -u ops@contoso.com -p Tr0ub4dor-77',
      'docker login registry.acme.io -u ci --password "Dk9!mQ2zRw"',
      "sshpass -p 'Wq8#vLp2' ssh deploy@10.0.4.7",
      'mongosh "mongodb+srv://cluster0.acme.net/crm" --username etl -p Mg4rTz81',
      'sqlcmd -S sql01 -U sa -P Passw0rd!2024 -Q "SELECT 1"',
      'ldapsearch -x -D cn=admin,dc=acme,dc=io -w LdapPw77 -b dc=acme,dc=io',
      'openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:P12export9',
      'keytool -importcert -keystore ks.jks -storepass Ks7pass99 -file ca.crt',
      'sqlplus -s scott/T1ger88@orcl',
      'helm repo add internal https://charts.acme.io --username ci --password Hm3lmPw0',
    ].join('\n'),
    [
      ['SECRET', 'S3cr3tRedis!'],
      ['SECRET', 'Tr0ub4dor-77'],
      ['SECRET', 'Dk9!mQ2zRw'],
      ['SECRET', 'Wq8#vLp2'],
      ['SECRET', 'Mg4rTz81'],
      ['SECRET', 'Passw0rd!2024'],
      ['SECRET', 'LdapPw77'],
      ['SECRET', 'P12export9'],
      ['SECRET', 'Ks7pass99'],
      ['SECRET', 'T1ger88'],
      ['SECRET', 'Hm3lmPw0'],
    ],
  ],
  [
    'curl basic auth on the command line',
    'curl -u admin:Sup3rS3cret! https://api.internal/v1',
    [['SECRET', 'Sup3rS3cret!']],
  ],
  [
    'MySQL password glued to -p, and a --password= option',
    'mysql -h db -u admin -pS3cretPass99 crm\nmysqldump --user=root --password=Rk8vQ2zLm crm',
    [
      ['SECRET', 'S3cretPass99'],
      ['SECRET', 'Rk8vQ2zLm'],
    ],
  ],
  ['OpenAI project key in .env', `OPENAI_API_KEY=${openai}\n`, [['SECRET', openai]]],
  ['OpenAI key in a Python call', `client = OpenAI(api_key="${openai}")`, [['SECRET', openai]]],
  [
    'Anthropic key in a curl header',
    `curl -H "x-api-key: ${anthropic}" https://api.anthropic.com`,
    [['SECRET', anthropic]],
  ],
  ['AWS access key id in ~/.aws/credentials', `[default]\naws_access_key_id = ${akia}\n`, [['SECRET', akia]]],
  ['AWS secret access key with its label', `aws_secret_access_key = ${awsSecret}`, [['SECRET', awsSecret]]],
  [
    'AWS key pair pasted in prose, the secret unnamed',
    `for the backfill use AWS key ${akia} / secret ${awsSecret}, or ${akia}:${awsSecret}`,
    [
      ['SECRET', akia],
      ['SECRET', awsSecret],
      ['SECRET', akia],
      ['SECRET', awsSecret],
    ],
  ],
  [
    'a commit hash after an AWS key id is no secret',
    `rotated ${akia} in commit 9fceb02d0ae598e95dc970b74767f19372d61af8`,
    [['SECRET', akia]],
  ],
  [
    'AWS secret key in boto3 kwargs',
    `boto3.client("s3", aws_secret_access_key="${awsSecret}")`,
    [['SECRET', awsSecret]],
  ],
  [
    'GitHub classic token in a git remote',
    `git clone https://${github}@github.com/acme/app.git`,
    [['SECRET', github]],
  ],
  ['GitHub fine-grained token', `GH_TOKEN=${githubPat}`, [['SECRET', githubPat]]],
  ['Slack bot token in a log', `INFO slack client ready token=${slack} team=T1`, [['SECRET', slack]]],
  ['Slack app token', `app = App(token="${slackApp}")`, [['SECRET', slackApp]]],
  ['Slack webhook URL', `requests.post("${webhook}", json=payload)`, [['SECRET', webhook]]],
  ['Stripe live key', `stripe.api_key = "${stripe}"`, [['SECRET', stripe]]],
  ['Stripe test key', `const stripe = new Stripe('${stripeTest}');`, [['SECRET', stripeTest]]],
  [
    'Google API key in a URL',
    `https://maps.googleapis.com/maps/api/geocode/json?key=${google}`,
    [['SECRET', google]],
  ],
  ['JWT in an Authorization header', `Authorization: Bearer ${jwt}`, [['SECRET', jwt]]],
  ['PEM private key block, whole', `key = """${pem}"""`, [['SECRET', pem]]],
  ['OpenSSH key in a markdown cell', `~~~\n${openssh}\n~~~`, [['SECRET', openssh]]],
  [
    'password in a Postgres URL',
    'engine = create_engine("postgresql://admin:S3cr3t!pw@db.internal:5432/app")',
    [['SECRET', 'S3cr3t!pw']],
  ],
  [
    'password in a Redis URL without user',
    'REDIS_URL=redis://:p4ssW0rd@cache:6379/0',
    [['SECRET', 'p4ssW0rd']],
  ],
  [
    'password in a Mongo SRV URL',
    'mongodb+srv://app:Zx9%40yy@cluster0.mongodb.net/db',
    [['SECRET', 'Zx9%40yy']],
  ],
  ['.env password', 'DB_HOST=db\nDB_PASSWORD=hunter2\n', [['SECRET', 'hunter2']]],
  [
    'password in a JSON connection URL',
    '{"db": {"url": "postgres://admin:rby8E_APpTM823@warehouse.corp.local/crm"}}',
    [['SECRET', 'rby8E_APpTM823']],
  ],
  [
    'CREATE USER … WITH PASSWORD',
    "CREATE USER app_rw WITH PASSWORD 'CT1ySR48SGt3JSpP';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO app_rw;",
    [['SECRET', 'CT1ySR48SGt3JSpP']],
  ],
  [
    'ALTER ROLE … ENCRYPTED PASSWORD',
    "alter role etl with encrypted password 'summer-maple-86';",
    [['SECRET', 'summer-maple-86']],
  ],
  ['MySQL IDENTIFIED BY', "CREATE USER 'etl'@'%' IDENTIFIED BY 'Winter2020';", [['SECRET', 'Winter2020']]],
  [
    'MySQL IDENTIFIED WITH plugin BY',
    "ALTER USER 'bi'@'%' IDENTIFIED WITH mysql_native_password BY 'it''s-Secret9';",
    [['SECRET', "it''s-Secret9"]],
  ],
  [
    'HTTP Basic credentials',
    'Authorization: Basic ZXhwb3J0Onh5enZ6WXV0YThRRExyVg==',
    [['SECRET', 'ZXhwb3J0Onh5enZ6WXV0YThRRExyVg==']],
  ],
  [
    'a secret-named value decoded by base64 -d',
    "$ kubectl get secret smtp -o jsonpath='{.data.SMTP_PASSWORD}' | base64 -d\nHn4$rT8vQz1!Lp\n$ echo $DB_PASS | base64 --decode; echo\nhunter22",
    [
      ['SECRET', 'Hn4$rT8vQz1!Lp'],
      ['SECRET', 'hunter22'],
    ],
  ],
  ['.env password without digits', 'POSTGRES_PASSWORD=letmein\n', [['SECRET', 'letmein']]],
  [
    'JSON password and token',
    '{"user": "bob", "password": "Tr0ub4dor&3", "token": "abc123def456"}',
    [
      ['SECRET', 'Tr0ub4dor&3'],
      ['SECRET', 'abc123def456'],
    ],
  ],
  ['YAML secret', 'database:\n  user: app\n  password: s3cr3t-Value\n', [['SECRET', 's3cr3t-Value']]],
  [
    'camelCase client secret in JS',
    "const config = { clientSecret: 'q8Wz-Rt5y-Ui9o' };",
    [['SECRET', 'q8Wz-Rt5y-Ui9o']],
  ],
  [
    // A Secret's name is words; the secret itself under an app's key, or a random value, is no name.
    "secrets under keys like a Secret's: an app's own, OAuth 1's token secret, a random value",
    'jwtSecret: orders-prod-hmac\ntokenSecret: kx-lmw-qpr\ncredentialsSecret: creds-9fQ2xL7vT4',
    [
      ['SECRET', 'orders-prod-hmac'],
      ['SECRET', 'kx-lmw-qpr'],
      ['SECRET', 'creds-9fQ2xL7vT4'],
    ],
  ],
  [
    'passwd: in a log line',
    'ERROR auth failed passwd: Winter2024! for user=ops',
    [['SECRET', 'Winter2024!']],
  ],
  ['api_key= in a query string', 'GET /v1/data?api_key=9f8e7d6c5b4a&limit=10', [['SECRET', '9f8e7d6c5b4a']]],
  [
    'password column in a psql result',
    ' id | username | password\n----+----------+----------\n  1 | bob      | Hunter22\n',
    [['SECRET', 'Hunter22']],
  ],
  [
    'a hash under a secret key is still a secret',
    'API_KEY = "3f786850e387550fdab836ed7e6dc57d42e0a1d0"',
    [['SECRET', '3f786850e387550fdab836ed7e6dc57d42e0a1d0']],
  ],
  [
    'Stripe webhook signing secret printed by stripe listen',
    `Ready! Your webhook signing secret is ${webhookSecret} (^C to quit)`,
    [['SECRET', webhookSecret]],
  ],
  [
    '.pgpass lines (named host, IPv4 host, wildcards, an escaped colon)',
    'db.internal:5432:crm:etl_user:Pg7#vLq2Xz!9\n10.2.0.14:5432:*:readonly:r3ad0nly-Kt8w\n*:*:*:postgres:S3cret\\:pw\n',
    [
      ['SECRET', 'Pg7#vLq2Xz!9'],
      ['SECRET', 'r3ad0nly-Kt8w'],
      ['SECRET', 'S3cret\\:pw'],
    ],
  ],
  [
    '.netrc passwords of any shape, on one line or several',
    `machine api.heroku.com\n  login ana@kestrel.io\n  password ${herokuToken}\nmachine github.com login bot password hunter22`,
    [
      ['SECRET', herokuToken],
      ['SECRET', 'hunter22'],
    ],
  ],
  [
    'npm access token (npm_ and 36 base62 characters)',
    `- run: npm config set //registry.npmjs.org/:_authToken ${npmToken}`,
    [['SECRET', npmToken]],
  ],
  [
    'secret-named keys with a version, index or rotation suffix',
    '{"ses_smtp_password_v4": "BJk7Rt2Vq9Xm4Lz8Wc1Nb5Yd3", "db_password_2": "Xq7-pw2Lm", "apiKeyOld": "Zk3m9Qp2Lx8Vb4"}',
    [
      ['SECRET', 'BJk7Rt2Vq9Xm4Lz8Wc1Nb5Yd3'],
      ['SECRET', 'Xq7-pw2Lm'],
      ['SECRET', 'Zk3m9Qp2Lx8Vb4'],
    ],
  ],
  [
    'a token in a URL query, not a page token or an id',
    'link=https://app.kestrel.io/reset?token=rst_7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c&uid=u_48213 next=https://api.x.io/v1/items?page_token=CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3&user_id=u_4821300000000001',
    [['SECRET', 'rst_7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c']],
  ],
  [
    "a URL's token on a host that only looks like Mixpanel's (its project tokens are public)",
    'GET https://mixpanel.com.kestrel.io/export?token=3f8c1e2a9b7d4c6e5f0a1b2c3d4e5f6a&x=1',
    [['SECRET', '3f8c1e2a9b7d4c6e5f0a1b2c3d4e5f6a']],
  ],
  [
    'a temporary password handed over in a ticket, not a policy sentence',
    'Reset AD password for rtesfaye, temp password Welcome-2024!Qx, must change. The new password must be strong.',
    [['SECRET', 'Welcome-2024!Qx']],
  ],
  [
    "Okta's SSWS token, not a working directory, a hashed token or a mask",
    `Authorization: SSWS 00Qm7xL2rT9vWz4Kc8nYd3bFg6hJ1sA5eU0iO2pN7mR4tV\nPWD=/home/yabenov\n{"hashed_token": "LXm2Qz9TrK4vNc8bYd3JfG6sAe0uVi5oBnT1pW7hRk8="}\npassword=*password* password: HIDDEN_DUE_TO_SECURITY_REASONS`,
    [['SECRET', '00Qm7xL2rT9vWz4Kc8nYd3bFg6hJ1sA5eU0iO2pN7mR4tV']],
  ],
  [
    'a password and a token given to poetry config',
    `poetry config http-basic.kestrel deploy 'Kd9-vLq2!Rx7'\npoetry config pypi-token.pypi ${npmToken}\npoetry config http-basic.x user $PASS`,
    [
      ['SECRET', 'Kd9-vLq2!Rx7'],
      ['SECRET', npmToken],
    ],
  ],
  [
    'a curl user and password on a continued line; a password named in Spanish, German or Polish',
    'curl -s -X POST "https://api.twilio.com/x" \\\n    -u "AC7f3e9a1c:c41e8a7f29d3b605e7a2914fd08c3b66"\nusuario mcortega / contraseña Kestrel-Alta-7731\nDas Passwort ist Winter-2024x.\nHasło: Zima-2024x',
    [
      ['SECRET', 'c41e8a7f29d3b605e7a2914fd08c3b66'],
      ['SECRET', 'Kestrel-Alta-7731'],
      ['SECRET', 'Winter-2024x'],
      ['SECRET', 'Zima-2024x'],
    ],
  ],
  [
    'values named by a sibling field (Kubernetes env, Postman), a yarnrc ident and a Postman API-key auth',
    '{"env":[{"name":"DB_PASSWORD","value":"Qx7-pLm29vR"},{"name":"LOG_LEVEL","value":"info"}]}\n' +
      'env:\n  - name: API_TOKEN\n    value: "tk_9fQm2xW7pLr4TzKw8Nb3"\n' +
      '    npmAuthIdent: "ci-deployer:Nx7#qLm2Vr9!"\n' +
      '"apikey": [ { "key": "value", "value": "kcrm_live_7Qm2xLr4TzKw8Nb3", "type": "string" } ]',
    [
      ['SECRET', 'Qx7-pLm29vR'],
      ['SECRET', 'tk_9fQm2xW7pLr4TzKw8Nb3'],
      ['SECRET', 'Nx7#qLm2Vr9!'],
      ['SECRET', 'kcrm_live_7Qm2xLr4TzKw8Nb3'],
    ],
  ],
  [
    'an INI file: a licence key, a password under PWD and an acronym key; a Wi-Fi password in prose',
    '[Licence]\nLicenceKey=KP7-4471-Q2XM-88RT-T4ZW\n[Database]\nPWD=Deli2019!kpos\nSMTPPass=Fet@2291xq\nWi-Fi: Loft_5G, password Tulpen-Gracht-7741. Bye',
    [
      ['SECRET', 'KP7-4471-Q2XM-88RT-T4ZW'],
      ['SECRET', 'Deli2019!kpos'],
      ['SECRET', 'Fet@2291xq'],
      ['SECRET', 'Tulpen-Gracht-7741'],
    ],
  ],
  [
    'a hashing salt set in the environment',
    'SALT: "kestrel-salt-Rx4vT9"\nPASSWORD_SALT=q7Lm2Xv9Tz\nsalt = bcrypt.gensalt()',
    [
      ['SECRET', 'kestrel-salt-Rx4vT9'],
      ['SECRET', 'q7Lm2Xv9Tz'],
    ],
  ],
  [
    'a confirmation of a password in a Rails params dump',
    '{"password"=>"Jacaranda#2024", "password_confirmation"=>"Jacaranda#2024", "commit"=>"Sign up"}',
    [
      ['SECRET', 'Jacaranda#2024'],
      ['SECRET', 'Jacaranda#2024'],
    ],
  ],
  [
    'a quoted MySQL password glued to -p',
    `mysql -u root -p'R00t!Kestrel' -e 'show databases'\nmysqldump -h db -p"Qx7-pw2" crm`,
    [
      ['SECRET', 'R00t!Kestrel'],
      ['SECRET', 'Qx7-pw2'],
    ],
  ],
  [
    'session cookies in Cookie and Set-Cookie headers',
    `Cookie: _ga=GA1.2.1482093721.1710238502; sessionid=${sessionId}; theme=dark\nSet-Cookie: PHPSESSID=${phpSession}; path=/; HttpOnly\ncurl -H 'cookie: _myapp_session=${sessionId}' https://app.kestrel.io`,
    [
      ['SECRET', sessionId],
      ['SECRET', phpSession],
      ['SECRET', sessionId],
    ],
  ],
  ['a DSN holding a password', 'dsn=postgres://etl:Pw-9xKq2@db.internal/crm', [['SECRET', 'Pw-9xKq2']]],
  [
    'a URL password after an empty user, holding a #',
    'REDIS_URL=redis://:Rd7#Vq2x@10.20.4.18:6379/0',
    [['SECRET', 'Rd7#Vq2x']],
  ],
  [
    "a Postman variable's password after another variable's pair",
    '"variable": [\n  { "key": "baseUrl", "value": "https://partner-api.kestrel.io" },\n  { "key": "adminPassword", "value": "Gecko-Moon-2093" }\n]',
    [['SECRET', 'Gecko-Moon-2093']],
  ],
  [
    "plaintext passwords handed to hashing calls; the documented 'secret' is none",
    "'password' => Hash::make('Lavande#2291'),\n'password' => Hash::make('secret'),\nuser.password = make_password(\"Orca-Tide-58\")",
    [
      ['SECRET', 'Lavande#2291'],
      ['SECRET', 'Orca-Tide-58'],
    ],
  ],
  [
    'a password typed into a login form by an end-to-end test, not the e-mail',
    "await page.getByLabel('Email').fill('qa@kestrel.io');\nawait page.getByLabel('Password').fill('Baobab-Sun-4471');\ncy.get('#password').type('Quokka!2291')\nawait page.fill('input[name=password]', 'Tern-Reef-7')",
    [
      ['SECRET', 'Baobab-Sun-4471'],
      ['SECRET', 'Quokka!2291'],
      ['SECRET', 'Tern-Reef-7'],
    ],
  ],
  [
    "a game server's config: an RCON password, a login token, a Web API key, a command line",
    `rcon_password "Tr4nsylv4nia!Rcon-2024"\nsv_password ""\nsv_setsteamaccount "B4E1C07A9D2F4471209318A5C6D7E8F9" // GSLT\nset steam_webApiKey "${k('9A8B7C6D5E4F', '30211A2B3C4D5E6F')}"\n./srcds_run -game cs2 +sv_setsteamaccount ${k('C07A9D2F4471', '209318A5')} +map de_dust2`,
    [
      ['SECRET', 'Tr4nsylv4nia!Rcon-2024'],
      ['SECRET', 'B4E1C07A9D2F4471209318A5C6D7E8F9'],
      ['SECRET', k('9A8B7C6D5E4F', '30211A2B3C4D5E6F')],
      ['SECRET', k('C07A9D2F4471', '209318A5')],
    ],
  ],
  [
    'a redis.conf password',
    'bind 127.0.0.1\nrequirepass Kestrel-Redis-2291',
    [['SECRET', 'Kestrel-Redis-2291']],
  ],
  [
    'an API key in a URL under a bare key parameter',
    `curl "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=${k('7F3A9C2E41D8B605', '4471209E3F1AC0D2')}&steamids=76561198407385659"`,
    [['SECRET', k('7F3A9C2E41D8B605', '4471209E3F1AC0D2')]],
  ],
  [
    'uuid token with secret context',
    'token: 550e8400-e29b-41d4-a716-446655440000',
    [['SECRET', '550e8400-e29b-41d4-a716-446655440000']],
  ],
  [
    'a Salesforce session id as a Bearer token and in sf org display',
    `curl -H "Authorization: Bearer ${sfSession}" https://acme.my.salesforce.com/services/data/v60.0/\nAccess Token     ${sfSession}`,
    [
      ['SECRET', sfSession],
      ['SECRET', sfSession],
    ],
  ],
  [
    'a curl password quoted apart from its user, and the pair quoted together',
    `curl -s -u elastic:'Tq8!vNz2Lp_es' https://es:9200/_cat\ncurl --user "svc:Rk8vQ2zLm7" https://api.internal`,
    [
      ['SECRET', 'Tq8!vNz2Lp_es'],
      ['SECRET', 'Rk8vQ2zLm7'],
    ],
  ],
  [
    'real values beside the stand-ins: a word with a long number, a symbol, a login whose password is not its user, a real host',
    [
      "{ password: 'kestrel-redis-2291', secret: 'db-Pass-2291!' }",
      'amqp://orders:Rb7-q2Lm@mq.internal/ and https://deploy:Tq8-v2Zx@git.kestrel.io/',
      'apiKey: Zk3m9Qp2Lx8Vb4Nc7Rt1,',
      "{ token: 'k8x2m4q9z7p1w3r5t6y0u2i4o8' }",
      'login failed: user: bob, password: Welcome, ip: 10.0.0.1; retry with pwd: letmein, then',
      'Your temporary password: Qz7#mLp2!vR9. For security reasons change it.',
    ].join('\n'),
    [
      ['SECRET', 'kestrel-redis-2291'],
      ['SECRET', 'db-Pass-2291!'],
      ['SECRET', 'Rb7-q2Lm'],
      ['SECRET', 'Tq8-v2Zx'],
      ['SECRET', 'Zk3m9Qp2Lx8Vb4Nc7Rt1'],
      ['SECRET', 'k8x2m4q9z7p1w3r5t6y0u2i4o8'],
      ['SECRET', 'Welcome'],
      ['SECRET', 'letmein'],
      ['SECRET', 'Qz7#mLp2!vR9'],
    ],
  ],
  [
    'session cookies under a Cookie key, in a request META and in HAR header and cookie entries',
    [
      `"headers": {"Cookie": "_shop_session=${railsSession}; cart=3"}`,
      `META:{'HTTP_COOKIE': 'sessionid=${sessionId}; django_language=en-gb'}`,
      `{"name":"cookie","value":"kestrel.sid=${expressSid}; _ga=GA1.3.1738204419.1692008523"}`,
      `{"name": "set-cookie", "value": "laravel_session=${laravelSession}; path=/; httponly"}`,
      `"cookies": [{"name": "JSESSIONID", "value": "${jsessionId}", "path": "/"}, {"name": "theme", "value": "dark"}]`,
      `"request": {"cookies": {"sessionid": "${sessionId}", "csrftoken": "${jsessionId}"}}`,
      `Cookie: ASP.NET_SessionId=${phpSession}; .AspNetCore.Identity.Application=${laravelSession}; .AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB`,
    ].join('\n'),
    [
      ['SECRET', railsSession],
      ['SECRET', sessionId],
      ['SECRET', expressSid],
      ['SECRET', laravelSession],
      ['SECRET', jsessionId],
      ['SECRET', sessionId],
      ['SECRET', phpSession],
      ['SECRET', laravelSession],
    ],
  ],
  [
    'the signatures of signed URLs (CloudFront, S3 SigV2 and SigV4, Google Cloud Storage V4, an Azure SAS)',
    [
      `2024-05-20\t07:12:44\tFRA56-P4\t/r.pdf\tExpires=1716190000&Signature=${cfSignature}&Key-Pair-Id=K2JCJMDEHXQW5F`,
      `https://b.s3.amazonaws.com/k?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1716190000&Signature=${s3v2Signature}`,
      `https://b.s3.amazonaws.com/k?X-Amz-Credential=ci-deployer%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${amzSessionToken}&X-Amz-SignedHeaders=host&X-Amz-Signature=${hexSignature}`,
      `https://storage.googleapis.com/b/o?X-Goog-Credential=signer%40p.iam.gserviceaccount.com%2F20240608%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Expires=900&X-Goog-Signature=${hexSignature}`,
      `https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&sp=r&se=2024-06-01T00:00:00Z&sig=${sasSignature}`,
    ].join('\n'),
    [
      ['SECRET', cfSignature],
      ['SECRET', s3v2Signature],
      ['SECRET', amzSessionToken],
      ['SECRET', hexSignature],
      ['SECRET', hexSignature],
      ['SECRET', sasSignature],
    ],
  ],
  [
    "PagerDuty's Events API routing key, a v1 service key and an integration key",
    `"integration":{"vendor":"Datadog","routing_key":"${pdRoutingKey}"}\nservice_key: 4f1a9c2e7b30d85a6e21f4c9b07d3e8a\nintegration_key = "${pdRoutingKey}"`,
    [
      ['SECRET', pdRoutingKey],
      ['SECRET', '4f1a9c2e7b30d85a6e21f4c9b07d3e8a'],
      ['SECRET', pdRoutingKey],
    ],
  ],
  [
    "a random_password's result in a state file, in terraform show -json and in terraform show, and a random_string named for a password",
    [
      '{"mode": "managed", "type": "random_password", "name": "db", "instances": [{"attributes": {"id": "none", "length": 16, "result": "Xn4$Rq8vLm2!Tz7K", "special": true}}]}',
      '{"address":"random_password.api","mode":"managed","type":"random_password","name":"api","values":{"bcrypt_hash":"$2a$10$abcdefghijklmnopqrstuv","result":"q7-Lm2Xv9Tz_4Kc8"}}',
      'resource "random_password" "admin" {\n    id          = "none"\n    length      = 20\n    result      = "Wd3#kP9zLq2!Rv7x"\n}',
      'resource "random_string" "db_password" {\n    length = 16\n    result = "hT4kLq9ZxW2mRv7c"\n}',
      '{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "replica",\n  "instances": [\n    {\n      "attributes": {\n        "bcrypt_hash": "$2a$10$abcdefghijklmnopqrstuv",\n        "id": "none",\n        "result": "Pq4!zW8x-Tn2Lk7v"\n      }\n    }\n  ]\n}',
    ].join('\n'),
    [
      ['SECRET', 'Xn4$Rq8vLm2!Tz7K'],
      ['SECRET', 'q7-Lm2Xv9Tz_4Kc8'],
      ['SECRET', 'Wd3#kP9zLq2!Rv7x'],
      ['SECRET', 'hT4kLq9ZxW2mRv7c'],
      ['SECRET', 'Pq4!zW8x-Tn2Lk7v'],
    ],
  ],
  [
    "a number-porting code: a PAC (in a porting request), a STAC, a carrier's port-out and number transfer PINs",
    [
      'Port request PR-2024-441882 (UK, PAC)\nPAC: PIN-4819',
      'STAC = KXV447120',
      'Number Transfer PIN: 482913, Port-out PIN: 7731',
    ].join('\n'),
    [
      ['SECRET', 'PIN-4819'],
      ['SECRET', 'KXV447120'],
      ['SECRET', '482913'],
      ['SECRET', '7731'],
    ],
  ],
];

const negatives: Case[] = [
  [
    'near-misses of the Bot API URL, the HubSpot token and custom headers: an id glued to a word, a short UUID, an idempotency key, a CSRF token, a placeholder, a request id',
    [
      'https://t.me/robot7204418823:AAFhAl4mYauyaeKCEAkqWGkwaQm6EUIQAQx',
      'see pat-eu1-6dea631f-9f3e-4d52 in the ticket',
      'X-Idempotency-Key: 6dea631f-9f3e-4d52-a5a1-041f33e3deb1',
      'X-CSRF-Token: 8f3kQ92mZx7LpR4tWv1N8f3k',
      'Header: X-Intake-Token: {{ $credentials.intakeToken }}',
      'X-Request-Id: 6dea631f-9f3e-4d52-a5a1-041f33e3deb1',
      'X-Api-Key: your-api-key-goes-here',
    ].join('\n'),
    [],
  ],
  [
    "ids beside subscription keys and a public token: Postman's per-request token, a subscription's id, a reference id, Mixpanel's project token in its browser calls",
    [
      'Postman-Token: 3f2b8c1e-9d4a-4e7b-a1c2-5f6e7d8c9b0a',
      '"Postman-Token": "3f2b8c1e-9d4a-4e7b-a1c2-5f6e7d8c9b0a"',
      '"Subscription-Id": "3f1c9a2e-7b4d-4e58-9a1c-2d0f6b8e4a71"',
      'X-Reference-Id: 3f1c9a2e-7b4d-4e58-9a1c-2d0f6b8e4a71',
      'GET https://api-js.mixpanel.com/decide/?verbose=1&lib=web&token=3f8c1e2a9b7d4c6e5f0a1b2c3d4e5f6a → 200',
    ].join('\n'),
    [],
  ],
  [
    "a form response's token (Typeform's `form_response.token`, flattened by Zapier): an id of one submission",
    [
      'form_response__token: 4kq9tz3lx8mn2rb5wc8yd1fj4hk7ls0p',
      '"response_token": "f3k9q2m7x1z8c4v6b0n5"',
    ].join('\n'),
    [],
  ],
  [
    "Telegram-like ids and hashes that are no bot token: a chat id and a hex digest, the docs' example, a placeholder, a time",
    [
      'chat 4471209318:a3f9c0e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8 (msg id:hash)',
      'token = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"',
      'a token looks like 1234567890:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'at 12:AAH the id 447120:AAHQ7LM2XT9RZ4KW8NC3BP6DF1GH5SA0EY2U',
    ].join('\n'),
    [],
  ],
  [
    'Discord URLs that hold no webhook token: a template, an avatar, an invite',
    [
      'POST https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
      'https://cdn.discordapp.com/avatars/288447120931844712/9c1e47a03b2d4f86a915d07e2c48b613.png',
      'https://discord.com/api/webhooks/1217028001234567890/your-webhook-token-goes-here-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ].join('\n'),
    [],
  ],
  [
    'four words of four letters with no app-password label, and common words after one',
    [
      'We will keep this plan open until Friday: call them back when done.',
      'Create an app password, then copy this code into your mail client.',
      'App passwords: only with your work mail, never your bank.',
    ].join('\n'),
    [],
  ],
  [
    "a configuration profile's keys that name no secret, and a template's reference",
    '<key>PayloadUUID</key><string>7B9D4E05-A1C6-2D48-F0B7-E913A1C6D2F0</string>\n<key>EmailAccountName</key><string>Amélie</string>\n<key>Password</key><string>$(WIFI_PASSWORD)</string>',
    [],
  ],
  [
    'a stated password that goes on, is no made-up value, or is a placeholder',
    [
      'the password is SHA-256 hashed before it is stored',
      'The password is too-short. Your password was changed on 2024-03-12.',
      'the password is incorrect. the password is 8 characters. the password is in the vault.',
      'your password is: ******** and the password is {{password}}.',
      'my password is P@ssw0rd? no. Le mot de passe est oublié.',
    ].join('\n'),
    [],
  ],
  [
    'a verb of use after a password without a made-up value, or in the next sentence',
    [
      'I changed my password, now I use Bitwarden for everything.',
      'Das Passwort ist abgelaufen, seitdem nutze ich SSO.',
      'The password is in the vault. For the server I use srv-01.corp.io and port 2201.',
      'My password manager is fine, and I use KeePassXC2 at home; the password is set, I use Windows11.',
    ].join('\n'),
    [],
  ],
  [
    'meeting passcodes in join blocks (Teams in French and Portuguese, Zoom on one line)',
    [
      'Réunion Microsoft Teams\nID de la réunion : 381 447 120 93\nCode secret : 7dQ4mX',
      'ID da reunião: 244 120 931 447\nSenha: Kq7Wm2',
      'Zoom: https://zoom.us/j/84471209318 (Meeting ID: 844 7120 9318, Password: Zx9kQ2)',
    ].join('\n'),
    [],
  ],
  [
    "a PAC that is no porting code (a proxy auto-config, a bare number in a text about no porting), a customs port's code, a bank transfer's, a conference call's PIN",
    'PAC: http://wpad.corp.local/proxy.pac\nPAC: 4471 (port of loading Felixstowe)\nPort code: 2704, transfer code: TRX4471\nDial +1 617-675-4444 PIN: 482 117 903#',
    [],
  ],
  [
    'types, references named for the secret, workflow permissions and doc numbers in project code',
    [
      'class BackendKeyDataMessage {\n    readonly secretKey: number;\n    has_refresh_token: boolean;\n}',
      'exports.AuthenticationMD5Password = AuthenticationMD5Password;',
      'const params = { name: "PBKDF2", hash: "SHA-256", salt: salt, iterations: iterations };',
      "token: accessToken\nnew OpenAI({ webhookSecret: '123' })",
      'permissions:\n  id-token: write # required for npm provenance\n  contents: read',
      'function pbkdf2(password: BinaryLike, salt: BinaryLike, keylen: number): NonSharedBuffer;',
      'sign(privateKey: KeyLike | SignKeyObjectInput): string; apiKey: isApiKeyProvider ? undefined : apiKey,',
      "const secret = 'abcdefg'; token: 'xyz'; const password = 'Password used to generate key';",
      "SECRET_KEY = 'development key'",
      'aws cognito-idp delete-user --access-token ACCESS_TOKEN\n"ClientSecret": "CLIENT_SECRET",',
      '"TokenValidityUnits": {"AccessToken": "minutes", "RefreshToken": "days"}',
      // A tokeniser's tokens under a bare `token` key, as NLP evaluators print them.
      'FN: token=\'Leocadia\'   annotated=PERSON\nFP: token=\'Pfizer\'\n{"token": "Bramwell-Fenn"}',
      '"ClientToken": "4752b573-40a6-4eac-a8a4-a72058761219"',
      "CREATE ROLE analyst LOGIN PASSWORD 'SCRAM-SHA-256$4096:Yl3kTq9hV2xR0pLz7cNa1w==$kQ1vJ9xwT3mZ0rP5sL8bC2nH6yF4dG7aE1uI0oK9jWs=:Xp4tR8mQ2vL6zK0nB5cJ9hF3gD7sA1eY8uT2wI6oP4k=';",
      'password_digest: "$2a$12$Kq8vLx2Tz7Wm4Rn9Bc3FhO6Jd1Sa0EyKu5Pw8Vx2LZ3kqP8vLx2T"\npassword: md5c4ca4238a0b923820dcc509a6f75849b',
      "'password' => static::$password ??= Hash::make('password'),\nconst pw = await bcrypt.hash('password123', 10);",
      'env = {"API_KEY": "abc123"}; tests = {\'pass\': ["runf()", "In [1]: runf()"]}',
      "{secret: 'as will this', logme: 'as will this'}, censor: '**GDPR COMPLIANT**', \"secret\":\"**GDPR COMPLIANT**\"",
      'def create_auth(self, credentials: Credentials) -> SigV4Auth:',
      'result = {"AccessKey": key}\nreturn {"Credentials": role, "AssumedRoleUser": user}',
      'Initialisation vectors do not have to be secret: IVs are typically just added to the message.',
    ].join('\n'),
    [],
  ],
  [
    'code and prose lines read as aligned columns',
    [
      '  cancel(processID, secretKey) {',
      '    this._send(serialize.cancel(processID, secretKey))',
      '  }',
      '',
      ' *           password: process.env.PW,',
      " *           userName: 'username',",
      '',
      '         * On a client with message threads the loop runs over one, so each turn sends only new messages. Pass',
      '         * `thread: false` to send the full history every turn. To run the loop over an existing thread, call',
    ].join('\n'),
    [],
  ],
  [
    'a constant named for the secret it holds, as a header value',
    'r = requests.post(url, json=payload, headers={"api-key": BREVO_API_KEY, "x-token": GITHUB_TOKEN})',
    [],
  ],
  [
    'vendor prefixes in names, docs placeholders, a Mailgun-like key in a path, Twilio SIDs alone',
    'hf_tokenizer_name_or_path = "x"; GROQ_API_KEY=gsk_your_groq_api_key_here\nHF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\ns3://b/key-3f9a1c7e5b2d48e6a0c9f7d1b3e5a7c9\nsid = "AC4e1b9f07c2d35a86e0f14b7c9d2a3e58"; print(sid, "sent")\nglobal-config and patterns.md',
    [],
  ],
  [
    'names paired with names, a sentence, a template or validation rules, more than two arguments',
    `df.select("token", "user_id_2")\nx = ("password", "password_hash")\nt("password", "Mot de passe")\n("password", "\${DB_PASSWORD}")\n'password' => 'required|string|min:8|confirmed',\nf("token", "abc", "Xy9!kq2Lm")`,
    [],
  ],
  [
    "dbt's run summary and a test outcome table: pass counts tests",
    '11:04:52  Done. PASS=386 WARN=1 ERROR=1 SKIP=0 TOTAL=388\n| pass | fail | skipped |\n|---|---|---|\n| 41 | 2 | 0 |',
    [],
  ],
  [
    "Stripe's card tokens and payment method ids, but a PaymentIntent's client secret",
    '"cartao": {"bandeira": "visa", "final": "4821", "token": "tok_br_9Qx2Lm7Vr"}\npayment_token=pm_1N3T00LkdIwHu7ix\nclient_secret: pi_3Mt0Lk2eZvKYlo2C_secret_Yr7Kq2Lm9Np4',
    [['SECRET', 'pi_3Mt0Lk2eZvKYlo2C_secret_Yr7Kq2Lm9Np4']],
  ],
  [
    "an OpenTravel message's EchoToken and a correlation token, a ck_ word that is no key",
    '<OTA_HotelResNotifRQ EchoToken="c7f2a1e9" TimeStamp="2024-03-11T14:22:05Z">\ncorrelation_token=4f1a9c2e7b30\nck_table_version_2',
    [],
  ],
  [
    'push notification device tokens, a quoted log value and a quoted setting of no secret',
    '<Notice>: APNs device token: 7c1e4b9a0f3d2e8c5a6b1d4f7e0c9a2b3d5e8f1a4c7b0d3e6f9a2c5b8e1d4f7a\nFCM registration token = dQw4w9WgXcQ:APA91bHun4MxP5egoKMwt2KZFBaFUH\nL 03/12/2024: Bad Rcon: "rcon_password" from "45.155.204.11:40122"\nhostname "Kestrel.hu | 5v5 Competitive #2"\nhe said "hunter2 is my password"',
    [],
  ],
  [
    'a bare key parameter holding a path or a word',
    'GET https://cdn.kestrel.io/get?key=uploads/2024/avatar-4471.png and https://cache.kestrel.io/?key=user_4471_profile_v2',
    [],
  ],
  [
    "an Ansible Vault tag and a Helm chart's existing Secret name",
    'postgres_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\nexistingSecret: crm-redis',
    [],
  ],
  [
    'the names of Kubernetes Secrets that hold credentials, in YAML and in a table',
    'cassandra:\n  credentialsSecret: cassandra-orders-creds\n  tlsSecret: api-tls-2024\n  imagePullSecret: ghcr-pull\n\nrelease | passwordSecret\n------- | --------------\norders  | pg-orders-v2\n',
    [],
  ],
  ['the working directory in an environment dump', 'PWD=/home/yabenov\nOLDPWD=/tmp', []],
  [
    'a base64 token that opens with a slash, not a path',
    `{"refresh_token": "/82cAg8k8IZAue59/KAiIcTHlsHNTAxbPVtos", "home": "/opt/data/exports"}\nREFRESH_TOKEN=/Qm7xL2rT9vWz4Kc8nYd3bFg6h`,
    [
      ['SECRET', '/82cAg8k8IZAue59/KAiIcTHlsHNTAxbPVtos'],
      ['SECRET', '/Qm7xL2rT9vWz4Kc8nYd3bFg6h'],
    ],
  ],
  [
    'the password of a Redis AUTH in MONITOR output and at redis-cli’s prompt, with a user name or not',
    [
      '1732871902.118442 [0 10.0.3.21:52344] "AUTH" "Kv9!trQm2#Lw8z"',
      '1732871902.119015 [0 lua] "auth" "app-user" "Rq4-zT8m-Lw2x"',
      '127.0.0.1:6379> AUTH default Pw7#redisQ2',
      '127.0.0.1:6379[2]> auth "Xm3!vq9LzR"',
    ].join('\n'),
    [
      ['SECRET', 'Kv9!trQm2#Lw8z'],
      ['SECRET', 'Rq4-zT8m-Lw2x'],
      ['SECRET', 'Pw7#redisQ2'],
      ['SECRET', 'Xm3!vq9LzR'],
    ],
  ],
  [
    'AUTH as a log’s word, a MONITOR line of another command, an AUTH from the environment',
    [
      'AUTH required',
      'ERR AUTH failed: WRONGPASS invalid username-password pair',
      '1732871902.119288 [0 10.0.3.21:52344] "GET" "AUTH" "session:4821"',
      '127.0.0.1:6379> AUTH $REDIS_PASSWORD',
      '> AUTH denied for user',
    ].join('\n'),
    [],
  ],
  ['an idempotency key', 'I-Twilio-Idempotency-Token: 5e7a9c1b-3d5f-4e7a-9c1b-3d5f7a9c1b3d', []],
  ['a log filter marker', 'Parameters: {"authenticity_token"=>"[FILTERED]", "password"=>"[FILTERED]"}', []],
  ['a connection string password from the environment', 'Server=sql01;Uid=etl;Pwd=$SQL_PWD;', []],
  [
    'bearer token references',
    'curl -H "Authorization: Bearer $TOKEN"\nh = {"Authorization": f"Bearer {token}"}',
    [],
  ],
  ['the word Bearer in prose', 'The Bearer authentication scheme uses tokens.', []],
  ['a subscript assigned a variable', 'os.environ["PGPASSWORD"] = pw', []],
  ['curl with credentials from the environment', 'curl -u "$API_USER:$API_TOKEN" https://api.internal', []],
  [
    'command-line secrets from the environment or a prompt',
    'redis-cli -a "$REDIS_PASSWORD" ping\naz login -u ops@contoso.com -p $AZ_PASS\ndocker login --password-stdin -u ci\nldapsearch -x -W -D cn=admin\nmkdir -p build/out && ssh -p 2222 host\nvault login -method=userpass username=ops',
    [],
  ],
  ['mysql prompting for the password', 'mysql -h db -u admin -p crm', []],
  ['a uid:gid pair outside curl', 'docker run -u 1000:1000 image', []],
  ['a dotted attribute under a key', 'API_KEY = config.api_key_v2\nSECRET_KEY = settings.SECRET_KEY', []],
  ['truncated OpenAI placeholder', 'client = OpenAI(api_key="sk-...")', []],
  ['x-ed OpenAI placeholder', 'export OPENAI_API_KEY=sk-xxxxxxxx', []],
  ['long x-ed placeholder', 'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', []],
  ['AWS documentation access key', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', []],
  [
    "Stripe's documented test key, and a blank-edged stretch between two quoted strings",
    `curl https://api.stripe.com/v1/charges -u ${['sk', 'test', '4eC39HqLyjWDarjtT1zdp7dc'].join('_')}: \\\n  -u "$STRIPE_SECRET_KEY:" -H "Idempotency-Key: 8f14e45f"`,
    [],
  ],
  ['AWS documentation secret key', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', []],
  ['your-api-key', '{"api_key": "your-api-key"}', []],
  ['angle-bracket placeholder', 'curl -H "Authorization: Bearer <API_KEY>"', []],
  ['shell variable', `token: \${OPENAI_API_KEY}`, []],
  ['os.environ', 'password = os.environ["DB_PASSWORD"]', []],
  ['os.getenv', 'api_key = os.getenv("OPENAI_API_KEY")', []],
  ['process.env', 'const apiKey = process.env.OPENAI_API_KEY;', []],
  ['masked value', 'password: ****', []],
  ['empty value', 'password=\nPASSWORD=""\n', []],
  ['variable reference in a call', 'conn = connect(user=user, password=pw)', []],
  ['attribute reference', 'password = self.password', []],
  [
    'None default and type hint',
    'def login(user: str, password: str = None, token: Optional[str] = None):',
    [],
  ],
  ['function call value', 'password = getpass()', []],
  ['placeholder word in a URL', 'postgresql://user:password@localhost:5432/mydb', []],
  ['templated URL password', `postgresql://app:\${DB_PASS}@db:5432/app`, []],
  [
    'f-string URL password',
    `create_engine(f"postgresql+psycopg2://{os.environ['PGUSER']}:{os.environ['PGPASSWORD']}@db:5432/crm")`,
    [],
  ],
  ['pyformat URL password', 'dsn = "postgresql://etl:%(password)s@db/app" % params', []],
  ['masked URL password', 'postgresql://etl:****@db/app and mysql://bi:<password>@db/bi', []],
  ['shell variable URL password', 'DATABASE_URL=postgres://etl:$PGPASSWORD@db/app', []],
  [
    "a vendor prefix and x's, the shell's unset-variable message, a stored password's hash",
    `STRIPE_SECRET_KEY=sk_live_xxx\n  JWT_SECRET: \${JWT_SECRET:?set JWT_SECRET}\n"password": "pbkdf2_sha256$600000$Xq7vLm2R9tKz$Jq3d8Wc1mVnZ0rT5yB6pH2kS4fL7aE9uQ1xO3gN8iMw="`,
    [],
  ],
  [
    "a prescription id under a token key, an OID under a key; a numeric password's value stays a secret",
    'rx=eRezept token=160.000.447.120.931.12 key: 1.2.840.113549\npassword=1234.5678.9012.3456',
    [['SECRET', '1234.5678.9012.3456']],
  ],
  ['connection URL without a password', 'conn_str = "postgresql://analytics@localhost:5432/crm"', []],
  [
    'SQL password placeholder',
    `CREATE USER app WITH PASSWORD '<password>';\nALTER USER x IDENTIFIED BY '\${PW}';`,
    [],
  ],
  ['Basic auth placeholder and prose', 'Authorization: Basic <credentials>, Basic Auth is Basic stuff', []],
  [
    'a decoded value not named as a secret, or no single word',
    "$ kubectl get secret smtp -o jsonpath='{.data.SMTP_HOST}' | base64 -d\nsmtp.eu.mailgun.org\n$ echo $PASSWORD | base64 -d\n$ ls -la",
    [],
  ],
  ['base64 without a colon', 'Authorization: Basic aGVsbG8gd29ybGQ=', []],
  ['UUID alone', 'request_id=550e8400-e29b-41d4-a716-446655440000', []],
  ['git SHA', 'commit 3f786850e387550fdab836ed7e6dc57d42e0a1d0\nAuthor: CI', []],
  ['sha256 digest', 'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', []],
  ['md5 column in CSV', 'file,md5\nreport.csv,5d41402abc4b2a76b9719d911017c592\n', []],
  ['password_hash is not a password', 'password_hash = "$2b$12$KIXQJpWv1d6r6YbE3r2e8O"', []],
  ['max_tokens is not a token', 'resp = client.chat(max_tokens=1024, next_page_token=cursor)', []],
  ['prose about tokens', 'Token: a unit of text the model reads.', []],
  ['URL without credentials', 'https://example.com:8443/path?q=1', []],
  ['PEM placeholder block', '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', []],
  ['public key block', `-----BEGIN PUBLIC KEY-----\n${pemBody}\n-----END PUBLIC KEY-----`, []],
  ['base64 that is not a JWT', 'eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', []],
  [
    'Stripe webhook secret placeholder',
    'STRIPE_WEBHOOK_SECRET=whsec_... and whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    [],
  ],
  [
    '.pgpass look-alikes: timestamps, IPv6, MAC, URLs, compiler messages, passwd and six fields',
    '10:15:02:123:abc\nfe80::1:2:3:4\n2001:db8:0:0:1\n00:1a:2b:3c:4d:5e\nhttp://h:80:db:u:p\nmain.c:12:5: error: unused\nroot:x:0:0:root:/root:/bin/bash\nlocalhost:5432:db:user:pw1:extra',
    [],
  ],
  ['.pgpass line with a placeholder password', 'localhost:5432:crm:etl:<password>\ndb:5432:*:etl:****', []],
  [
    'netrc words in prose and a netrc placeholder',
    'The build machine uses password authentication.\nmachine api.heroku.com login me password <token>',
    [],
  ],
  [
    'a .NET assembly public key token',
    "Could not load 'System.Runtime, Version=4.2.2.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a'",
    [],
  ],
  [
    "npm's environment variables and a too-short npm_ word",
    'npm_config_registry=https://registry.npmjs.org/ npm_package_version=1.4.2 npm_lifecycle_event=build npm_abc123',
    [],
  ],
  [
    'keys that only mention a secret word',
    '{"password_hash": "$2b$12$abcdefghijklmnopqrstuv", "password_length": "16", "password_reset_url": "https://x.io/r", "secret_name": "prod/db-creds", "token_count": "1834", "token_1": "the", "token_2": "bank", "pass_2": "inline-all", "password_2fa_enabled": "yes"}',
    [],
  ],
  [
    'a bare MySQL -p prompts for the password',
    'mysql -u root -p -e \'show databases\'; mysql -p"$MYSQL_PWD" crm',
    [],
  ],
  [
    'analytics and preference cookies, a cleared session and a session word outside a header',
    `Cookie: _ga=GA1.2.1482093721.1710238502; _gid=GA1.2.998877665.1710238502; _fbp=fb.1.1710238502.1234567890; _hjSession_123456=Zk3m9Qp2Lx8Vb4Nc7Rt1; __stripe_sid=1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901\nSet-Cookie: sessionid=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT\nthe sessionid=${sessionId} value in the docs`,
    [],
  ],
  [
    'Postfix delivery status codes under dsn',
    'relay=127.0.0.1[127.0.0.1]:10025, delay=1.2, dsn=2.0.0, status=sent\ndsn=5.1.1, status=bounced',
    [],
  ],
  ['Stripe publishable key', "Stripe('pk_live_51H8xYzAbCdEfGhIjKlMnOpQr')", []],
  [
    "an order's checkout and cart tokens (Shopify), a Salesforce org id and record id alone",
    '{"checkout_token": "a1f09c2e7b4d8e3f6c5a9b0d2e1f4c7a", "cart_token": "Z2NwLWV1cm9wZS13ZXN0NDoxSkM4"}\nOrg Id 00D5g000004xYzA, contact 0035g00000Q8aLmAAF!',
    [],
  ],
  ['words starting with sk-', 'risk-adjusted-return-for-2024-portfolio-q3 and task-0123456789abcdefghij', []],
  [
    "a Typeform response's token, beside a bot's token of no form",
    '{"form_response": {"form_id": "Lq8Vx2Kp", "token": "f3k9q2m7x0l8rt4zw1c5vbn6yd", "landed_at": "2024-05-14T08:02:11Z"}}\n{"bot": {"name": "deploy", "token": "k8x2m4q9z7p1w3r5t6y0u2i4o8"}}',
    [['SECRET', 'k8x2m4q9z7p1w3r5t6y0u2i4o8']],
  ],
  [
    "libraries' code under secret-named keys: constants naming a grant, member chains, types, numeric codes, fetch modes, URNs, paths, a tokenizer's tokens",
    [
      'export declare const GRANT_TYPE_REFRESH_TOKEN = "refresh_token";',
      "exports.GRANT_TYPE_JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';",
      'const workSecret = opts?.workSecret;\n  pass: matchResult?.pass,\n  pass: "passed",',
      '  apiKey: azureADTokenProvider\n  withCredentials: kEnumerableProperty\n  apiKey: this',
      '    readonly STENCIL_PASS_DEPTH_PASS: 0x0B96;\n  USERNAME_PASSWORD: 0x02,',
      'export declare const TOKEN: CharList;\nexport declare const reconstruct: (token: Tokens) => string;',
      'createToken<TKind extends KeywordSyntaxKind>(token: TKind): KeywordToken<TKind>;',
      " *   PWD: '/Users/maciej',\n * token             = 1*tchar",
      '  credentials: \'include\',\ntype RequestCredentials = "omit" | "same-origin";',
      "headers: { 'Lock-Token': 'urn:uuid:a515cfa4-5da4-22e1-f5b5-00a0451e6bf7' }",
      'currentToken = [\'space\', css.slice(pos, next)]\nlastSignificantToken = "?NoLineTerminatorHere";',
      'const requestCredentials = /** @type {const} */ ([])',
      "'You can avoid this error by creating an ephemeral session token:\\nhttps://platform.openai.com/docs'",
      'const fastify = Fastify({ constraints: { secret: constraint } })',
      k('  password: `secret$', '{i}`,'),
      "globalThis[Symbol.for('secret:mocks')]",
    ].join('\n'),
    [],
  ],
  [
    "stand-ins in READMEs and tests: words, digits in order, a symbol-spelt password, x's, a vendor's documented token, values that name themselves, example URLs and default logins",
    [
      "{ password: 'pass1', apiKey: 'key1' }, { secret: 'hidden' }, { passphrase: 'sample' }, { password: 'secret!' }",
      "{ token: '12345' }, const pass = 'pa$$word'",
      "webhookUrl: 'https://hooks.slack.com/services/xxx/xxx/xxx'",
      'botToken: "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"',
      "database: { password: 'db-password' }, headers: { 'X-TOKEN-SECRET': 'SuperSecretToken' }",
      "register(cookie, { secret: 'my-secret' }); simple: { password: 'secret-2-levels' }",
      "reply.send({ secret: 'SHOULD_BE_STRIPPED' }); info({ secret: 'please hide me' })",
      "constraints: { secret: 'alpha' }, headers: { 'X-Admin-Token': 'wrong' }",
      "process.env.GITHUB_TOKEN = 'my-token'",
      "parse('postgres://someuser:somepassword@somehost:381/somedatabase')",
      'node app.js | pino-mq -u "amqp://guest:guest@localhost/"',
      'url.parse("https://anonymous:flabada@developer.mozilla.org/en-US/docs/Web/API/URL/password")',
      'schema.safeParse({ password: "asdf", confirmPassword: "qwer" })',
      k(
        'const token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
        '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
        '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"; // jwt.io',
      ),
      "myURL.password = '123'; // Prints https://abc:xyz@example.com/",
      '[![codecov](https://codecov.io/gh/faker-js/faker/branch/next/graph/badge.svg?token=N61U168G08)](https://codecov.io/gh/faker-js/faker)',
    ].join('\n'),
    [],
  ],
  [
    'a CSRF token, consent and preference cookies in a Cookie key and in HAR cookie entries',
    [
      `"headers": {"Cookie": "csrftoken=${sessionId}; OptanonConsent=isGpcEnabled%3D0%26datestamp%3DMon; locale=en"}`,
      `{"name":"cookie","value":"XSRF-TOKEN=${laravelSession}; _ga=GA1.3.1738204419.1692008523; theme=dark"}`,
      '"cookies": [{"name": "_gid", "value": "GA1.2.998877665.1710238502"}, {"name": "session", "value": "interactive"}]',
      'const cookie = serialize("sessionid", value); document.cookie = "theme=" + theme;',
      `{"session": "${sessionId}", "user": "u_88120"} (a job's session, no cookie)`,
    ].join('\n'),
    [],
  ],
  [
    "a signed URL's key-pair id, policy, expiry and credential scope, a placeholder signature and signatures outside a URL",
    [
      'https://d1.cloudfront.net/a.jpg?Policy=eyJTdGF0ZW1lbnQiOlt7IlJlc291cmNlIjoiaHR0cHM6Ly9kMS5jbG91ZGZyb250Lm5ldC8qIn1dfQ__&Key-Pair-Id=K2JCJMDEHXQW5F&Expires=1716190000',
      'https://storage.googleapis.com/b/o?X-Goog-Credential=exports-signer%40kestrel-prod.iam.gserviceaccount.com%2F20240608%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240608T091402Z',
      'https://x.io/a?Signature=<signature>&sig=Xq7Lm2Vt9Rz4Kw8Nc3Bp6Df1 and ?X-Amz-Signature=$SIGNATURE',
      'Signature=Xq7Lm2Vt9Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2 (a line of a PGP mail header)',
    ].join('\n'),
    [],
  ],
  [
    'message broker routing keys and a routing key that is a word',
    [
      "channel.basic_publish(exchange='orders', routing_key='orders.created.eu', body=msg)",
      '{"routing_key": "#.eu", "queue": "audit"}\nrouting_key: user.*.signup\nservice_key: checkout-api-production-v2',
      '{"routing_key": "notificationsproduction"}',
    ].join('\n'),
    [],
  ],
  [
    "a random_string used as a name suffix, a random_password's sensitive result and its reference",
    [
      '{"mode": "managed", "type": "random_string", "name": "suffix", "instances": [{"attributes": {"id": "x7k2p9", "length": 6, "result": "x7k2p9q4"}}]}',
      'resource "random_password" "db" {\n    result      = (sensitive value)\n}',
      'password = random_password.db.result\noutput "r" { value = "result" }',
      '{"type": "aws_lambda_invocation", "name": "check", "values": {"result": "{\\"ok\\": true}"}}',
    ].join('\n'),
    [],
  ],
];

describe('secretDetector', () => {
  it.each([...positives, ...negatives])('%s', (_name, text, expected) => {
    const found = secretDetector.detect(text);
    expect(found.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual(expected);
    for (const f of found) {
      expect(f.detector).toBe('secret');
      expect(f.score).toBeGreaterThan(0);
      expect(f.score).toBeLessThanOrEqual(1);
    }
  });

  it('stays linear on 1 MB of hostile notebook text', () => {
    // Near-misses for every pattern on each line: backtracking or a rescan per line would not finish.
    const chunk = `h:5432:db:u: machine a.b login u account a a.a.a-sk-${'A'.repeat(30)} eyJ${'x'.repeat(50)}. postgres://u:${'p'.repeat(40)} password= | x,y PASSWORD ' IDENTIFIED BY Basic AAAA\n`;
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    expect(secretDetector.detect(text)).toEqual([]);
  });

  it('stays linear on many settings and YAML value keys on one line', () => {
    const text = `${'password=hunter2xyz9 '.repeat(20_000)}\n${'value: x '.repeat(50_000)}`;
    const started = performance.now();
    expect(secretDetector.detect(text)).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
