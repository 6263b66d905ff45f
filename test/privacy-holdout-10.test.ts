import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A tenth hand-written hold-out: IT, identity and security logs as analysts paste them into an AI
 * assistant. Host auth logs (sshd, sudo, fail2ban), web and proxy logs (nginx access and error logs
 * with X-Forwarded-For chains, Apache, IIS W3C, HAProxy with captured headers), cloud audit trails
 * (AWS CloudTrail, VPC flow logs, GCP audit logs, Kubernetes audit), identity providers (Entra ID
 * sign-in JSON and portal CSV, Okta system log and API, Auth0 logs, Google Workspace admin audit),
 * Windows Security events (4625 XML, 4624/4720 as text), network gear syslog (Cisco ASA, Palo Alto,
 * FortiGate), VPN (OpenVPN, WireGuard), mail Received: chains, DNS query logs, GitHub and Jira audit
 * exports, SIEM and IDS alerts (Splunk, Elastic, Suricata eve.json), password-reset and MFA events,
 * helpdesk identity checks and credentials leaked into logs (URL user info, query strings,
 * Authorization headers). Hard negatives of the same shapes: usernames and account names, internal
 * hostnames, MAC addresses, ports, process ids, rule ids and signature ids, hashes and fingerprints,
 * version strings, AS numbers, networks in CIDR notation, device serials, flow ids that pass Luhn,
 * WireGuard public keys, masked phone numbers. Each case lists every value it expects found, with
 * its type; anything else flagged is a false positive. Private, documentation and IPv6 addresses are
 * flagged like any host address (as in the earlier hold-outs); loopback never is, and a network
 * written as CIDR (`10.0.0.0/8`) is a range, not a host. Values are fake: a Luhn-valid made-up card,
 * made-up names and keys.
 */
const k = joinParts;
const accessToken = k('at_', '9Qm2xW7pLr4TzKw8', 'Nb3cYdF6gH1jS5aE0u');
const asiaKeyId = k('AS', 'IA', 'V4K7Q2XM3TPLR9WE');
const oktaToken = k('00', 'Qm7xL2rT9vWz4Kc8nYd3bFg6', 'hJ1sA5eU0iO2pN7mR4tV');
const auth0ClientSecret = k('Xk9mQ2vR7tLw4pZ8nB3cY6dF1gH5jS0a', 'E2uQ8wRt7LmW9pZ3yKd6JfH1sGe0uAi5');
const resetToken = k('rst_', '7f3e9a1c5b2d8e4f', '6a0c9b7d5e3f1a2c');
const wgPrivate = k('yL2+Qm7xWr9Tz4Kc8nBd3', 'Fg6hJ1sA5eU0iO2pN7mRt4=');
const wgPublicServer = k('aP4vN8cR2wKx7TqM3bZ9yH', 'd6JfG1sAe5Lr0uVi2oBnQ=');
const wgPublicPeer = k('mK3tW8qZ1rX6vB9nC2yL5', 'dF4gH7jS0aE3uQ6wRp8Tz0=');
// base64 of the replication password Pg-Repl1ca!Kx92
const k8sSecretB64 = k('UGctUmVwbDFj', 'YSFLeDky');
const oktaJwt = k(
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ims3UW0yeExyIn0',
  '.',
  'eyJzdWIiOiIwMHU4ZjJrMXhxWjdtTHI0VDVkNyIsImVtYWlsIjoiaW5lcy5jYXJ2YWxob0BrZXN0cmVsLmlvIiwiaXNzIjoiaHR0cHM6Ly9rZXN0cmVsLm9rdGEuY29tIiwiZXhwIjoxNzEwMjc0NTAyfQ',
  '.',
  'Qm9ndXNTaWduYXR1cmVLZXN0cmVsSDEwMTIzNDU2Nzg5',
);
// base64 of svc_jira:J1ra-Sync!2024x
const proxyBasic = k('c3ZjX2ppcmE6', 'SjFyYS1TeW5jITIwMjR4');
const gitlabToken = k('gl', 'pat-', 'Rw8Tz2Kc5nYd9bFg3hJq');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- host auth logs
  {
    name: 'auth.log with sshd keyboard-interactive logins and a password on a sudo command line',
    text: `Mar 12 10:14:58 db-prod-02 sshd[40211]: Accepted keyboard-interactive/pam for yabenov from 5.188.62.140 port 49822 ssh2
Mar 12 10:14:58 db-prod-02 sshd[40211]: pam_unix(sshd:session): session opened for user yabenov(uid=1004) by (uid=0)
Mar 12 10:15:31 db-prod-02 sudo:  yabenov : TTY=pts/1 ; PWD=/home/yabenov ; USER=root ; COMMAND=/usr/bin/mysql -u root -pTr0ub4dor-Kx9 crm
Mar 12 10:16:02 db-prod-02 sudo:  yabenov : 3 incorrect password attempts ; TTY=pts/1 ; PWD=/home/yabenov ; USER=postgres ; COMMAND=/usr/bin/psql
Mar 12 10:17:44 db-prod-02 sshd[40388]: Connection closed by authenticating user root 193.42.33.7 port 60114 [preauth]
Mar 12 10:17:45 db-prod-02 sshd[40390]: error: maximum authentication attempts exceeded for invalid user ubnt from 193.42.33.7 port 60130 ssh2 [preauth]`,
    // yabenov is an account name; the password typed after -p is in the log all the same.
    expected: [
      ['IP_ADDRESS', '5.188.62.140'],
      ['SECRET', 'Tr0ub4dor-Kx9'],
      ['IP_ADDRESS', '193.42.33.7'],
      ['IP_ADDRESS', '193.42.33.7'],
    ],
  },
  {
    name: 'fail2ban log with bans, and the jail ignoreip list of networks',
    text: `2024-03-12 10:15:02,118 fail2ban.filter         [812]: INFO    [sshd] Found 45.155.205.233 - 2024-03-12 10:15:01
2024-03-12 10:15:09,402 fail2ban.filter         [812]: INFO    [sshd] Found 45.155.205.233 - 2024-03-12 10:15:09
2024-03-12 10:15:09,655 fail2ban.actions        [812]: NOTICE  [sshd] Ban 45.155.205.233
2024-03-12 10:21:44,010 fail2ban.filter         [812]: INFO    [nginx-http-auth] Found 2a0e:b107:1ef0::17 - 2024-03-12 10:21:43
2024-03-12 11:15:09,700 fail2ban.actions        [812]: NOTICE  [sshd] Unban 45.155.205.233

# /etc/fail2ban/jail.local
[DEFAULT]
ignoreip = 127.0.0.1/8 ::1 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16
bantime  = 1h
findtime = 10m
maxretry = 5`,
    // The ignoreip entries are whole private networks, not anyone's address.
    expected: [
      ['IP_ADDRESS', '45.155.205.233'],
      ['IP_ADDRESS', '45.155.205.233'],
      ['IP_ADDRESS', '45.155.205.233'],
      ['IP_ADDRESS', '2a0e:b107:1ef0::17'],
      ['IP_ADDRESS', '45.155.205.233'],
    ],
  },
  // ---------------------------------------------------------------- web servers and proxies
  {
    name: 'nginx access log with an X-Forwarded-For chain and an access token in the query string',
    text: `172.70.131.22 - - [12/Mar/2024:10:15:02 +0000] "GET /api/v2/reports/export?format=csv&access_token=${accessToken} HTTP/1.1" 200 48213 "https://app.kestrel.io/reports" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0" "89.212.44.17, 172.70.131.22" rt=0.412 uct=0.001
10.0.3.15 - - [12/Mar/2024:10:15:03 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" "-" rt=0.001 uct=0.000`,
    expected: [
      ['IP_ADDRESS', '172.70.131.22'],
      ['SECRET', accessToken],
      ['IP_ADDRESS', '89.212.44.17'],
      ['IP_ADDRESS', '172.70.131.22'],
      ['IP_ADDRESS', '10.0.3.15'],
    ],
  },
  {
    name: 'nginx error log with an htpasswd miss and an upstream timeout for an IPv6 client',
    text: `2024/03/12 10:15:02 [error] 2211#2211: *48213 user "mtupou" was not found in "/etc/nginx/.htpasswd", client: 102.89.36.8, server: grafana.kestrel.io, request: "GET / HTTP/2.0", host: "grafana.kestrel.io"
2024/03/12 10:15:09 [error] 2211#2211: *48219 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 2c0f:f4c0:1a2b:3c00::5e1, server: api.kestrel.io, request: "POST /v1/login HTTP/1.1", upstream: "http://10.0.12.47:8080/v1/login", host: "api.kestrel.io"`,
    expected: [
      ['IP_ADDRESS', '102.89.36.8'],
      ['IP_ADDRESS', '2c0f:f4c0:1a2b:3c00::5e1'],
      ['IP_ADDRESS', '10.0.12.47'],
    ],
  },
  {
    name: 'Apache access and error logs: a password in a CGI query and an e-mail as the Basic user',
    text: `81.2.69.192 - rtesfaye [12/Mar/2024:10:15:02 +0100] "GET /cgi-bin/export.pl?user=backup&password=Bk-7Qm2xLr9&fmt=xls HTTP/1.1" 200 8821 "-" "Wget/1.21.4"
[Tue Mar 12 10:15:09.118923 2024] [auth_basic:error] [pid 8812:tid 140211873] [client 93.184.12.7:52114] AH01617: user chiamaka.eze@kestrel.io: authentication failure for "/admin/": Password Mismatch`,
    expected: [
      ['IP_ADDRESS', '81.2.69.192'],
      ['SECRET', 'Bk-7Qm2xLr9'],
      ['IP_ADDRESS', '93.184.12.7'],
      ['EMAIL', 'chiamaka.eze@kestrel.io'],
    ],
  },
  {
    name: 'IIS W3C log from Exchange OWA with DOMAIN\\user names and an encoded mailbox',
    text: `#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2024-03-12 10:15:02
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
2024-03-12 10:15:02 10.20.1.14 POST /owa/auth.owa - 443 KESTREL\\fchowdhury 49.36.118.204 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36 https://mail.kestrel.io/owa/ 302 0 0 187
2024-03-12 10:15:04 10.20.1.14 GET /ecp/ - 443 - 49.36.118.204 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36 - 401 2 5 15
2024-03-12 10:15:09 10.20.1.14 GET /EWS/Exchange.asmx &mailbox=farhan.chowdhury%40kestrel.io 443 KESTREL\\fchowdhury 49.36.118.204 Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.17328) - 200 0 0 62`,
    expected: [
      ['IP_ADDRESS', '10.20.1.14'],
      ['IP_ADDRESS', '49.36.118.204'],
      ['IP_ADDRESS', '10.20.1.14'],
      ['IP_ADDRESS', '49.36.118.204'],
      ['IP_ADDRESS', '10.20.1.14'],
      ['EMAIL', 'farhan.chowdhury%40kestrel.io'],
      ['IP_ADDRESS', '49.36.118.204'],
    ],
  },
  {
    name: 'HAProxy HTTP log with captured request headers holding an e-mail',
    text: `Mar 12 10:15:02 lb01 haproxy[2211]: 102.89.36.8:50122 [12/Mar/2024:10:15:02.118] fe_https~ be_api/api-03 0/0/1/48/49 200 1822 - - ---- 412/398/12/4/0 0/0 {app.kestrel.io|okhrytsenko@ukr.net|Mozilla/5.0} "POST /v1/session HTTP/1.1"
Mar 12 10:15:03 lb01 haproxy[2211]: Server be_api/api-02 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.
Mar 12 10:15:04 lb01 haproxy[2211]: 185.107.56.12:41022 [12/Mar/2024:10:15:04.006] fe_https~ fe_https/<NOSRV> -1/-1/-1/-1/0 403 192 - - PR-- 411/397/0/0/0 0/0 {api.kestrel.io|-|python-requests/2.31.0} "GET /.env HTTP/1.1"`,
    expected: [
      ['IP_ADDRESS', '102.89.36.8'],
      ['EMAIL', 'okhrytsenko@ukr.net'],
      ['IP_ADDRESS', '185.107.56.12'],
    ],
  },
  // ---------------------------------------------------------------- cloud audit trails
  {
    name: 'CloudTrail S3 GetObject by an SSO session named after an e-mail, with its temporary key id',
    text: `{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROAV4K7Q2XM9LR3T8WZE:lucia.ferreyra@kestrel.io","arn":"arn:aws:sts::418273645091:assumed-role/AWSReservedSSO_AdministratorAccess_4f2a9c1e7b3d5a60/lucia.ferreyra@kestrel.io","accountId":"418273645091","accessKeyId":"${asiaKeyId}","sessionContext":{"attributes":{"creationDate":"2024-03-12T09:02:11Z","mfaAuthenticated":"false"}}},"eventTime":"2024-03-12T10:15:02Z","eventSource":"s3.amazonaws.com","eventName":"GetObject","awsRegion":"eu-west-1","sourceIPAddress":"190.191.238.14","userAgent":"[aws-cli/2.15.30 Python/3.11.8 Darwin/23.3.0 exe/x86_64]","requestParameters":{"bucketName":"kestrel-hr-exports","key":"payroll/2024-02.csv","Host":"kestrel-hr-exports.s3.eu-west-1.amazonaws.com"},"responseElements":null,"requestID":"7QM2XW9PLR4TZK8N","eventID":"3b2f6c1d-0e47-4d51-9a8e-1e6f2b0a7c39","readOnly":true,"eventType":"AwsApiCall","managementEvent":false,"recipientAccountId":"418273645091","tlsDetails":{"tlsVersion":"TLSv1.3","cipherSuite":"TLS_AES_128_GCM_SHA256","clientProvidedHostHeader":"kestrel-hr-exports.s3.eu-west-1.amazonaws.com"}}`,
    // Access key ids are labelled as secrets throughout the hold-outs; the role id AROA… is not one.
    expected: [
      ['EMAIL', 'lucia.ferreyra@kestrel.io'],
      ['EMAIL', 'lucia.ferreyra@kestrel.io'],
      ['SECRET', asiaKeyId],
      ['IP_ADDRESS', '190.191.238.14'],
    ],
  },
  {
    name: 'CloudTrail ConsoleLogin failure and a CreateLoginProfile with the password hidden by AWS',
    text: `{"Records":[
{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDAV4K7Q2XM3TPLR9WE7","accountId":"418273645091","userName":"svc-reporting"},"eventTime":"2024-03-12T10:15:02Z","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"77.91.124.55","userAgent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36","errorMessage":"Failed authentication","requestParameters":null,"responseElements":{"ConsoleLogin":"Failure"},"additionalEventData":{"LoginTo":"https://console.aws.amazon.com/console/home","MobileVersion":"No","MFAUsed":"No"},"eventID":"0b3d5f7a-9c1e-4a2b-8d6f-1e3c5a7b9d2f"},
{"eventVersion":"1.09","userIdentity":{"type":"Root","principalId":"418273645091","arn":"arn:aws:iam::418273645091:root","accountId":"418273645091"},"eventTime":"2024-03-12T10:19:40Z","eventSource":"iam.amazonaws.com","eventName":"CreateLoginProfile","awsRegion":"us-east-1","sourceIPAddress":"77.91.124.55","userAgent":"AWS Internal","requestParameters":{"userName":"svc-reporting","password":"HIDDEN_DUE_TO_SECURITY_REASONS","passwordResetRequired":false},"responseElements":{"loginProfile":{"userName":"svc-reporting","createDate":"Mar 12, 2024 10:19:40 AM","passwordResetRequired":false}},"eventID":"5e7a9c1b-3d5f-4e7a-9c1b-3d5f7a9c1b3d"}
]}`,
    expected: [
      ['IP_ADDRESS', '77.91.124.55'],
      ['IP_ADDRESS', '77.91.124.55'],
    ],
  },
  {
    name: 'VPC flow log records with a header, a REJECT from a scanner and a NODATA record',
    text: `version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status
2 418273645091 eni-0a1b2c3d4e5f60718 10.0.12.47 52.94.133.131 49152 443 6 20 4249 1710238502 1710238562 ACCEPT OK
2 418273645091 eni-0a1b2c3d4e5f60718 80.82.77.139 10.0.12.47 61000 3389 6 1 40 1710238502 1710238562 REJECT OK
2 418273645091 eni-07f9e8d7c6b5a4321 - - - - - - - 1710238502 1710238562 - NODATA`,
    expected: [
      ['IP_ADDRESS', '10.0.12.47'],
      ['IP_ADDRESS', '52.94.133.131'],
      ['IP_ADDRESS', '80.82.77.139'],
      ['IP_ADDRESS', '10.0.12.47'],
    ],
  },
  {
    name: 'GCP audit log of SetIamPolicy granting a personal Gmail account access',
    text: `{
  "protoPayload": {
    "@type": "type.googleapis.com/google.cloud.audit.AuditLog",
    "status": {},
    "authenticationInfo": {
      "principalEmail": "zeynep.arslan@kestrel.io",
      "principalSubject": "user:zeynep.arslan@kestrel.io"
    },
    "requestMetadata": {
      "callerIp": "88.241.57.30",
      "callerSuppliedUserAgent": "google-cloud-sdk gcloud/467.0.0 command/gcloud.projects.add-iam-policy-binding,gzip(gfe)"
    },
    "serviceName": "cloudresourcemanager.googleapis.com",
    "methodName": "SetIamPolicy",
    "resourceName": "projects/kestrel-prod-4821",
    "serviceData": {
      "policyDelta": {
        "bindingDeltas": [
          { "action": "ADD", "role": "roles/bigquery.dataViewer", "member": "user:rahel.tesfaye88@gmail.com" },
          { "action": "REMOVE", "role": "roles/bigquery.dataViewer", "member": "serviceAccount:etl-runner@kestrel-prod-4821.iam.gserviceaccount.com" }
        ]
      }
    }
  },
  "insertId": "1x7qm2xw9plr4",
  "resource": { "type": "project", "labels": { "project_id": "kestrel-prod-4821" } },
  "timestamp": "2024-03-12T10:15:02.118923Z",
  "severity": "NOTICE",
  "logName": "projects/kestrel-prod-4821/logs/cloudaudit.googleapis.com%2Factivity"
}`,
    expected: [
      ['EMAIL', 'zeynep.arslan@kestrel.io'],
      ['EMAIL', 'zeynep.arslan@kestrel.io'],
      ['IP_ADDRESS', '88.241.57.30'],
      ['EMAIL', 'rahel.tesfaye88@gmail.com'],
      ['EMAIL', 'etl-runner@kestrel-prod-4821.iam.gserviceaccount.com'],
    ],
  },
  {
    name: 'Kubernetes audit event at RequestResponse level creating a Secret',
    text: `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"9c1e4a2b-8d6f-4e3c-a5b7-9d2f0b3d5f7a","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/data/secrets?fieldManager=kubectl-client-side-apply","verb":"create","user":{"username":"oidc:mateo.ibarra@kestrel.io","groups":["oidc:platform-admins","system:authenticated"]},"sourceIPs":["84.78.22.161"],"userAgent":"kubectl/v1.29.2 (darwin/arm64) kubernetes/4b8e819","objectRef":{"resource":"secrets","namespace":"data","name":"pg-replica-credentials","apiVersion":"v1"},"responseStatus":{"metadata":{},"code":201},"requestObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"pg-replica-credentials","namespace":"data"},"type":"Opaque","data":{"username":"a2VzdHJlbF9yZXBs","password":"${k8sSecretB64}"}},"requestReceivedTimestamp":"2024-03-12T10:15:02.118923Z","stageTimestamp":"2024-03-12T10:15:02.131004Z","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \\"platform-admins\\" of ClusterRole \\"cluster-admin\\" to Group \\"oidc:platform-admins\\""}}`,
    // The base64 username decodes to a role name (kestrel_repl), the password to the password.
    expected: [
      ['EMAIL', 'mateo.ibarra@kestrel.io'],
      ['IP_ADDRESS', '84.78.22.161'],
      ['SECRET', k8sSecretB64],
    ],
  },
  // ---------------------------------------------------------------- identity providers
  {
    name: 'Entra ID sign-in log entry from Graph with a masked MFA phone',
    text: `{
  "id": "66ea54eb-6301-4ee5-be62-ff5a759b0100",
  "createdDateTime": "2024-03-12T10:15:02Z",
  "userDisplayName": "Björn Åkesson",
  "userPrincipalName": "bjorn.akesson@kestrel.io",
  "userId": "d7e3a9c1-f2b8-44d6-ea05-c9b2d4e8f1a3",
  "appDisplayName": "Microsoft Teams Web Client",
  "ipAddress": "2001:2042:7c1e:9f00:4a2b:8d3e:6f0a:5c9b",
  "clientAppUsed": "Browser",
  "correlationId": "0b3d5f7a-9c1e-4a2b-8d6f-1e3c5a7b9d2f",
  "conditionalAccessStatus": "success",
  "status": { "errorCode": 0, "failureReason": "Other.", "additionalDetails": "MFA requirement satisfied by claim in the token" },
  "deviceDetail": { "deviceId": "", "displayName": "", "operatingSystem": "MacOs", "browser": "Edge 122.0.2365" },
  "location": { "city": "Göteborg", "state": "Vastra Gotaland", "countryOrRegion": "SE", "geoCoordinates": { "latitude": 57.7072, "longitude": 11.9668 } },
  "authenticationDetails": [
    { "authenticationMethod": "Password", "succeeded": true, "authenticationStepResultDetail": "Correct password" },
    { "authenticationMethod": "Text message", "authenticationMethodDetail": "+X XXXXXXX38", "succeeded": true }
  ]
}`,
    expected: [
      ['PERSON', 'Björn Åkesson'],
      ['EMAIL', 'bjorn.akesson@kestrel.io'],
      ['IP_ADDRESS', '2001:2042:7c1e:9f00:4a2b:8d3e:6f0a:5c9b'],
    ],
  },
  {
    name: 'Entra sign-in CSV downloaded from the portal',
    text: `Date (UTC),Request ID,User agent,Correlation ID,User ID,User,Username,User type,Application,Resource,IP address,Location,Status,Sign-in error code,Failure reason,Multifactor authentication result
2024-03-12T10:15:02Z,7a2c9e41-0b3d-4f6a-8c5e-2d1b9f7e3a60,Mozilla/5.0 (Windows NT 10.0; Win64; x64),1e6f2b0a-7c39-4d51-9a8e-3b2f6c1d0e47,3b2f6c1d-0e47-4d51-9a8e-1e6f2b0a7c39,Chiamaka Eze,chiamaka.eze@kestrel.io,Member,Office 365 Exchange Online,Office 365 Exchange Online,105.112.41.77,"Lagos, Lagos, NG",Failure,50126,Error validating credentials due to invalid username or password.,
2024-03-12T10:15:40Z,2d1b9f7e-3a60-4f6a-8c5e-7a2c9e410b3d,Mozilla/5.0 (Windows NT 10.0; Win64; x64),1e6f2b0a-7c39-4d51-9a8e-3b2f6c1d0e47,3b2f6c1d-0e47-4d51-9a8e-1e6f2b0a7c39,Chiamaka Eze,chiamaka.eze@kestrel.io,Member,Office 365 Exchange Online,Office 365 Exchange Online,105.112.41.77,"Lagos, Lagos, NG",Success,0,,MFA successfully completed
2024-03-12T10:16:11Z,4e8f1a37-7c1e-4f9a-a05c-9b2d2b8d3e6f,python-requests/2.31.0,9b2d4e8f-1a37-4c6d-8e2b-7c1e9f4a2b8d,5c1d9b2e-41f7-4f60-8e2b-a0c35c1d9b2e,Siddharth Venkataraman,s.venkataraman@kestrel.io,Member,Azure Portal,Windows Azure Service Management API,45.148.10.81,"Amsterdam, Noord-Holland, NL",Failure,50053,Account is locked because user tried to sign in too many times with an incorrect user ID or password.,`,
    expected: [
      ['PERSON', 'Chiamaka Eze'],
      ['EMAIL', 'chiamaka.eze@kestrel.io'],
      ['IP_ADDRESS', '105.112.41.77'],
      ['PERSON', 'Chiamaka Eze'],
      ['EMAIL', 'chiamaka.eze@kestrel.io'],
      ['IP_ADDRESS', '105.112.41.77'],
      ['PERSON', 'Siddharth Venkataraman'],
      ['EMAIL', 's.venkataraman@kestrel.io'],
      ['IP_ADDRESS', '45.148.10.81'],
    ],
  },
  {
    name: 'Okta System Log event for an SMS factor enrolment with the phone in debugData',
    text: `{"actor":{"id":"00u8f2k1xqZ7mLr4T5d7","type":"User","alternateId":"ines.carvalho@kestrel.io","displayName":"Inês Carvalho","detailEntry":null},"client":{"userAgent":{"rawUserAgent":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1","os":"iOS","browser":"SAFARI"},"zone":"null","device":"Mobile","id":null,"ipAddress":"85.243.12.190","geographicalContext":{"city":"Porto","state":"Porto","country":"Portugal","postalCode":null,"geolocation":{"lat":41.1496,"lon":-8.611}}},"authenticationContext":{"authenticationStep":0,"externalSessionId":"102Qm7xW2pLr9TzK4vNc8bY"},"displayMessage":"Activate factor for user","eventType":"user.mfa.factor.activate","outcome":{"result":"SUCCESS","reason":null},"published":"2024-03-12T10:15:02.118Z","severity":"INFO","debugContext":{"debugData":{"factor":"SMS","phoneNumber":"+351 912 408 733","requestId":"ZfAsNsX9Qm2xW7pLr4Tz8AAAB4c","requestUri":"/api/v1/users/00u8f2k1xqZ7mLr4T5d7/factors/mbl2x9QmLr4Tz7Kw1d7/lifecycle/activate","threatSuspected":"false"}},"legacyEventType":"core.user.factor.activate","transaction":{"type":"WEB","id":"ZfAsNsX9Qm2xW7pLr4Tz8AAAB4c","detail":{}},"uuid":"5a7b9d2f-0b3d-11ef-8c5e-1e3c5a7b9d2f","version":"0","target":[{"id":"mbl2x9QmLr4Tz7Kw1d7","type":"AuthenticatorEnrollment","alternateId":"unknown","displayName":"Phone","detailEntry":null}]}`,
    expected: [
      ['EMAIL', 'ines.carvalho@kestrel.io'],
      ['PERSON', 'Inês Carvalho'],
      ['IP_ADDRESS', '85.243.12.190'],
      ['PHONE', '+351 912 408 733'],
    ],
  },
  {
    name: 'Okta logs API called with an SSWS token and a filter on one user',
    text: `$ curl -s -H "Accept: application/json" -H "Authorization: SSWS ${oktaToken}" \\
    'https://kestrel.okta.com/api/v1/logs?since=2024-03-12T00:00:00Z&filter=actor.alternateId+eq+"tomasz.wierzbicki@kestrel.io"&limit=200' | jq '.[] | {published, eventType, ip: .client.ipAddress}'
{
  "published": "2024-03-12T10:15:02.118Z",
  "eventType": "user.session.start",
  "ip": "31.0.81.117"
}
{
  "published": "2024-03-12T10:15:09.402Z",
  "eventType": "policy.evaluate_sign_on",
  "ip": "31.0.81.117"
}`,
    expected: [
      ['SECRET', oktaToken],
      ['EMAIL', 'tomasz.wierzbicki@kestrel.io'],
      ['IP_ADDRESS', '31.0.81.117'],
      ['IP_ADDRESS', '31.0.81.117'],
    ],
  },
  {
    name: 'Auth0 tenant log entries for a failed login and a breached-password block',
    text: `[
  {"date":"2024-03-12T10:15:02.118Z","type":"fp","description":"Wrong email or password.","connection":"Username-Password-Authentication","connection_id":"con_Qm2xW9pLr4TzKw8N","client_id":"kx9Q2mLrT7vWc4KbNd8Yf3Hj","client_name":"Kestrel Web","ip":"41.82.190.6","user_agent":"Chrome 122.0.0 / Windows 10.0.0","details":{"error":{"message":"Wrong email or password."}},"user_id":"auth0|65f1d239fa32e6cf23ac4f14","user_name":"amara.diallo@orange.sn","strategy":"auth0","strategy_type":"database","log_id":"90020240312101502118000000000000001223372036854775807","tenant_name":"kestrel-prod"},
  {"date":"2024-03-12T10:16:40.902Z","type":"pwd_leak","description":"Blocked account due to leaked credentials","connection":"Username-Password-Authentication","client_id":"kx9Q2mLrT7vWc4KbNd8Yf3Hj","client_name":"Kestrel Web","ip":"41.82.190.6","user_name":"amara.diallo@orange.sn","log_id":"90020240312101640902000000000000001223372036854775808"}
]`,
    expected: [
      ['IP_ADDRESS', '41.82.190.6'],
      ['EMAIL', 'amara.diallo@orange.sn'],
      ['IP_ADDRESS', '41.82.190.6'],
      ['EMAIL', 'amara.diallo@orange.sn'],
    ],
  },
  {
    name: 'Auth0 Management API token request pasted from a debug log with the client secret',
    text: `DEBUG 2024-03-12 10:15:02,118 urllib3.connectionpool https://kestrel.eu.auth0.com:443 "POST /oauth/token HTTP/1.1" 200 1093
DEBUG 2024-03-12 10:15:02,119 auth0_sync request body: {"grant_type": "client_credentials", "client_id": "kx9Q2mLrT7vWc4KbNd8Yf3Hj", "client_secret": "${auth0ClientSecret}", "audience": "https://kestrel.eu.auth0.com/api/v2/"}
DEBUG 2024-03-12 10:15:02,402 auth0_sync fetched 200 users, first: {"user_id": "auth0|65f1d239fa32e6cf23ac4f14", "email": "amara.diallo@orange.sn", "name": "Amara Diallo", "last_ip": "41.82.190.6", "logins_count": 41}`,
    // The client id is public (it sits in every browser's login URL); the secret is not.
    expected: [
      ['SECRET', auth0ClientSecret],
      ['EMAIL', 'amara.diallo@orange.sn'],
      ['PERSON', 'Amara Diallo'],
      ['IP_ADDRESS', '41.82.190.6'],
    ],
  },
  {
    name: 'Google Workspace admin audit: a recovery phone change and a password reset',
    text: `{"kind":"admin#reports#activity","id":{"time":"2024-03-12T10:15:02.118Z","uniqueQualifier":"-4812739201847362","applicationName":"admin","customerId":"C03k9xq2m"},"etag":"\\"Qm2xW9pLr4TzKw8Nb3cYdF6gH1j/aB3cD9eF2gH7iJ4kL1mN8oP5qR\\"","actor":{"callerType":"USER","email":"it-admin@kestrel.io","profileId":"104827391028374650192"},"ipAddress":"83.59.201.44","events":[{"type":"USER_SETTINGS","name":"CHANGE_RECOVERY_PHONE","parameters":[{"name":"USER_EMAIL","value":"m.ibarra@kestrel.io"},{"name":"OLD_VALUE","value":"+34 612 48 93 07"},{"name":"NEW_VALUE","value":"+34 699 21 57 40"}]},{"type":"USER_SETTINGS","name":"CHANGE_PASSWORD","parameters":[{"name":"USER_EMAIL","value":"m.ibarra@kestrel.io"}]}]}`,
    expected: [
      ['EMAIL', 'it-admin@kestrel.io'],
      ['IP_ADDRESS', '83.59.201.44'],
      ['EMAIL', 'm.ibarra@kestrel.io'],
      ['PHONE', '+34 612 48 93 07'],
      ['PHONE', '+34 699 21 57 40'],
      ['EMAIL', 'm.ibarra@kestrel.io'],
    ],
  },
  // ---------------------------------------------------------------- Windows
  {
    name: 'Windows Security 4625 event XML with TargetUserName and IpAddress',
    text: `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}" />
    <EventID>4625</EventID>
    <Version>0</Version>
    <Level>0</Level>
    <Task>12544</Task>
    <Keywords>0x8010000000000000</Keywords>
    <TimeCreated SystemTime="2024-03-12T10:15:02.1189230Z" />
    <EventRecordID>48213771</EventRecordID>
    <Execution ProcessID="708" ThreadID="4412" />
    <Channel>Security</Channel>
    <Computer>DC01.corp.kestrel.io</Computer>
  </System>
  <EventData>
    <Data Name="SubjectUserSid">S-1-0-0</Data>
    <Data Name="TargetUserName">a.nakashima</Data>
    <Data Name="TargetDomainName">KESTREL</Data>
    <Data Name="Status">0xc000006d</Data>
    <Data Name="SubStatus">0xc000006a</Data>
    <Data Name="LogonType">3</Data>
    <Data Name="LogonProcessName">NtLmSsp </Data>
    <Data Name="AuthenticationPackageName">NTLM</Data>
    <Data Name="WorkstationName">LAPTOP-7QM2XW9</Data>
    <Data Name="ProcessId">0x0</Data>
    <Data Name="IpAddress">196.251.70.13</Data>
    <Data Name="IpPort">52114</Data>
  </EventData>
</Event>`,
    expected: [['IP_ADDRESS', '196.251.70.13']],
  },
  {
    name: 'Windows 4720 and 4624 events as Format-List text with a display name and a UPN',
    text: `TimeCreated : 12/03/2024 10:15:02
Id          : 4720
Message     : A user account was created.

              Subject:
              	Security ID:		S-1-5-21-3623811015-3361044348-30300820-1104
              	Account Name:		adm-oduya
              	Account Domain:		KESTREL
              	Logon ID:		0x3E7A21

              New Account:
              	Security ID:		S-1-5-21-3623811015-3361044348-30300820-2217
              	Account Name:		kwatanabe
              	Account Domain:		KESTREL

              Attributes:
              	SAM Account Name:	kwatanabe
              	Display Name:		Kenji Watanabe
              	User Principal Name:	kwatanabe@kestrel.io
              	Home Directory:		\\\\fs01\\home$\\kwatanabe
              	Password Last Set:	<never>

TimeCreated : 12/03/2024 10:41:19
Id          : 4624
Message     : An account was successfully logged on.

              Logon Information:
              	Logon Type:		10
              New Logon:
              	Account Name:		kwatanabe
              	Logon GUID:		{7c1e9f4a-2b8d-4e6f-a05c-9b2d4e8f1a37}
              Network Information:
              	Workstation Name:	WS-FIN-0412
              	Source Network Address:	10.20.8.33
              	Source Port:		50122`,
    expected: [
      ['PERSON', 'Kenji Watanabe'],
      ['EMAIL', 'kwatanabe@kestrel.io'],
      ['IP_ADDRESS', '10.20.8.33'],
    ],
  },
  // ---------------------------------------------------------------- network gear and VPN
  {
    name: 'Cisco ASA syslog: built and denied connections, AAA and AnyConnect address assignment',
    text: `Mar 12 2024 10:15:02 asa-edge-01 : %ASA-6-302013: Built inbound TCP connection 48213771 for outside:91.240.118.172/52114 (91.240.118.172/52114) to inside:10.20.1.14/443 (203.0.113.10/443)
Mar 12 2024 10:15:03 asa-edge-01 : %ASA-4-106023: Deny tcp src outside:45.95.147.236/40022 dst inside:203.0.113.10/22 by access-group "OUTSIDE_IN" [0x5a1e3b2c, 0x0]
Mar 12 2024 10:15:09 asa-edge-01 : %ASA-6-113004: AAA user authentication Successful : server =  10.20.0.5 : user = zarslan
Mar 12 2024 10:15:10 asa-edge-01 : %ASA-6-722051: Group <GP-Staff> User <zarslan> IP <88.241.57.30> IPv4 Address <10.250.0.37> IPv6 address <::> assigned to session`,
    expected: [
      ['IP_ADDRESS', '91.240.118.172'],
      ['IP_ADDRESS', '91.240.118.172'],
      ['IP_ADDRESS', '10.20.1.14'],
      ['IP_ADDRESS', '203.0.113.10'],
      ['IP_ADDRESS', '45.95.147.236'],
      ['IP_ADDRESS', '203.0.113.10'],
      ['IP_ADDRESS', '10.20.0.5'],
      ['IP_ADDRESS', '88.241.57.30'],
      ['IP_ADDRESS', '10.250.0.37'],
    ],
  },
  {
    name: 'Palo Alto TRAFFIC log in CSV syslog form with a domain user and a device serial',
    text: `Mar 12 10:15:02 pa-3220-hq 1,2024/03/12 10:15:02,013201001234,TRAFFIC,end,2561,2024/03/12 10:15:02,10.20.4.17,142.250.185.78,203.0.113.10,142.250.185.78,Allow-Web,kestrel\\sione.tupou,,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,Log-Fwd-SIEM,2024/03/12 10:15:02,48213,1,52114,443,41022,443,0x400053,tcp,allow,48213,1822,46391,59,2024/03/12 10:14:41,18,computer-and-internet-info,0,7321849201,0x0,10.0.0.0-10.255.255.255,United States,0,31,28,tcp-fin,0,0,0,0,,pa-3220-hq,from-policy,,,0,,0,,N/A,0,0,0,0`,
    // The serial number and session ids are device identifiers; the range column is a network.
    expected: [
      ['IP_ADDRESS', '10.20.4.17'],
      ['IP_ADDRESS', '142.250.185.78'],
      ['IP_ADDRESS', '203.0.113.10'],
      ['IP_ADDRESS', '142.250.185.78'],
    ],
  },
  {
    name: 'FortiGate traffic and SSL-VPN event logs in key=value form',
    text: `date=2024-03-12 time=10:15:02 devname="FGT-HQ-01" devid="FG100FTK19001234" eventtime=1710238502118923 tz="+0100" logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=10.20.6.41 srcport=58114 srcintf="port2" srcintfrole="lan" dstip=104.18.32.7 dstport=443 dstintf="port1" dstintfrole="wan" sessionid=48213771 proto=6 action="accept" policyid=12 policytype="policy" service="HTTPS" dstcountry="United States" srccountry="Reserved" trandisp="snat" transip=203.0.113.10 transport=58114 app="Dropbox" duration=61 sentbyte=48213002 rcvdbyte=1822 user="yerlan.abenov" group="Finance" srcmac="3c:22:fb:91:7a:0e" osname="Windows"
date=2024-03-12 time=10:15:09 devname="FGT-HQ-01" devid="FG100FTK19001234" logid="0101039947" type="event" subtype="vpn" level="information" vd="root" logdesc="SSL VPN tunnel up" action="tunnel-up" tunneltype="ssl-tunnel" tunnelid=1288421 remip=176.88.142.9 tunnelip=10.212.134.200 user="zeynep.arslan@kestrel.io" group="SSLVPN-Staff" dst_host="N/A" reason="tunnel established" msg="SSL tunnel established"`,
    expected: [
      ['IP_ADDRESS', '10.20.6.41'],
      ['IP_ADDRESS', '104.18.32.7'],
      ['IP_ADDRESS', '203.0.113.10'],
      ['IP_ADDRESS', '176.88.142.9'],
      ['IP_ADDRESS', '10.212.134.200'],
      ['EMAIL', 'zeynep.arslan@kestrel.io'],
    ],
  },
  {
    name: 'OpenVPN server log and status file with common names and pool addresses',
    text: `2024-03-12 10:15:02 37.120.211.46:51022 TLS: Initial packet from [AF_INET]37.120.211.46:51022, sid=7f3e9a1c 5b2d8e4f
2024-03-12 10:15:03 37.120.211.46:51022 VERIFY OK: depth=0, CN=tomasz.wierzbicki
2024-03-12 10:15:03 tomasz.wierzbicki/37.120.211.46:51022 MULTI_sva: pool returned IPv4=10.8.0.14, IPv6=fdde:5a7b:1c2d::1000
==> /var/log/openvpn/status.log <==
OpenVPN CLIENT LIST
Updated,2024-03-12 10:20:00
Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since
tomasz.wierzbicki,37.120.211.46:51022,48213,1822,2024-03-12 10:15:03
ROUTING TABLE
Virtual Address,Common Name,Real Address,Last Ref
10.8.0.14,tomasz.wierzbicki,37.120.211.46:51022,2024-03-12 10:19:58`,
    // Certificate common names here are account names, as logins are.
    expected: [
      ['IP_ADDRESS', '37.120.211.46'],
      ['IP_ADDRESS', '37.120.211.46'],
      ['IP_ADDRESS', '37.120.211.46'],
      ['IP_ADDRESS', '37.120.211.46'],
      ['IP_ADDRESS', '10.8.0.14'],
      ['IP_ADDRESS', 'fdde:5a7b:1c2d::1000'],
      ['IP_ADDRESS', '37.120.211.46'],
      ['IP_ADDRESS', '10.8.0.14'],
      ['IP_ADDRESS', '37.120.211.46'],
    ],
  },
  {
    name: 'WireGuard wg show output and the server config with its private key',
    text: `$ sudo wg show
interface: wg0
  public key: ${wgPublicServer}
  private key: (hidden)
  listening port: 51820

peer: ${wgPublicPeer}
  preshared key: (hidden)
  endpoint: 94.130.71.208:41022
  allowed ips: 10.66.0.7/32
  latest handshake: 1 minute, 12 seconds ago
  transfer: 48.21 MiB received, 1.82 MiB sent

$ sudo cat /etc/wireguard/wg0.conf
[Interface]
ListenPort = 51820
PrivateKey = ${wgPrivate}

[Peer]
# laptop-rtesfaye
PublicKey = ${wgPublicPeer}
AllowedIPs = 10.66.0.7/32`,
    // Public keys are public; a /32 is one peer's address, not a network.
    expected: [
      ['IP_ADDRESS', '94.130.71.208'],
      ['IP_ADDRESS', '10.66.0.7'],
      ['SECRET', wgPrivate],
      ['IP_ADDRESS', '10.66.0.7'],
    ],
  },
  // ---------------------------------------------------------------- mail and DNS
  {
    name: 'raw message headers with a Received: chain and an authenticated sender',
    text: `Return-Path: <n.thi.lan@vnpt.vn>
Delivered-To: accounts-payable@kestrel.io
Received: from mail-sg1.vnpt.vn (mail-sg1.vnpt.vn [203.162.4.191])
	by mx1.kestrel.io (Postfix) with ESMTPS id 4F2A1C0D3E
	for <accounts-payable@kestrel.io>; Tue, 12 Mar 2024 10:15:02 +0000 (UTC)
Received: from [192.168.1.23] (unknown [113.161.72.18])
	(Authenticated sender: n.thi.lan@vnpt.vn)
	by mail-sg1.vnpt.vn (Postfix) with ESMTPSA id 9B3E7F1A22;
	Tue, 12 Mar 2024 17:14:58 +0700 (+07)
Authentication-Results: mx1.kestrel.io; spf=pass smtp.mailfrom=vnpt.vn; dkim=pass header.d=vnpt.vn
Message-ID: <a7c2e91f-3b40-4d8e-9f21-6c0b5d7e2a13@vnpt.vn>
From: Nguyễn Thị Lan <n.thi.lan@vnpt.vn>
To: accounts-payable@kestrel.io
Subject: Invoice 2024-0412 - updated bank details`,
    expected: [
      ['EMAIL', 'n.thi.lan@vnpt.vn'],
      ['EMAIL', 'accounts-payable@kestrel.io'],
      ['IP_ADDRESS', '203.162.4.191'],
      ['EMAIL', 'accounts-payable@kestrel.io'],
      ['IP_ADDRESS', '192.168.1.23'],
      ['IP_ADDRESS', '113.161.72.18'],
      ['EMAIL', 'n.thi.lan@vnpt.vn'],
      ['PERSON', 'Nguyễn Thị Lan'],
      ['EMAIL', 'n.thi.lan@vnpt.vn'],
      ['EMAIL', 'accounts-payable@kestrel.io'],
    ],
  },
  {
    name: 'BIND query log with client pointers, a DNS-tunnelling lookup and the resolver address',
    text: `12-Mar-2024 10:15:02.118 queries: info: client @0x7f3e9a1c5b20 10.20.4.17#52114 (login.microsoftonline.com): query: login.microsoftonline.com IN A +E(0)K (10.20.0.53)
12-Mar-2024 10:15:02.402 queries: info: client @0x7f3e9a1c5b20 10.20.4.17#52118 (x7qm2xw9plr4tz.k8n.dnslog-exfil.top): query: x7qm2xw9plr4tz.k8n.dnslog-exfil.top IN TXT +E(0)K (10.20.0.53)
12-Mar-2024 10:15:03.006 queries: info: client @0x7f3e9a1c6d10 10.20.6.41#40022 (_ldap._tcp.dc._msdcs.corp.kestrel.io): query: _ldap._tcp.dc._msdcs.corp.kestrel.io IN SRV +E(0)K (10.20.0.53)`,
    expected: [
      ['IP_ADDRESS', '10.20.4.17'],
      ['IP_ADDRESS', '10.20.0.53'],
      ['IP_ADDRESS', '10.20.4.17'],
      ['IP_ADDRESS', '10.20.0.53'],
      ['IP_ADDRESS', '10.20.6.41'],
      ['IP_ADDRESS', '10.20.0.53'],
    ],
  },
  // ---------------------------------------------------------------- SaaS audit exports
  {
    name: 'GitHub organisation audit log export with an invitation to a personal e-mail',
    text: `{"@timestamp":1710238502118,"_document_id":"Qm2xW9pLr4TzKw8Nb3cYdF","action":"repo.download_zip","actor":"sven-akesson","actor_id":48213771,"actor_ip":"94.254.12.80","actor_location":{"country_code":"SE"},"org":"kestrel","repo":"kestrel/payroll-etl","user_agent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)","created_at":1710238502118,"operation_type":"access"}
{"@timestamp":1710238611402,"_document_id":"aB3cD9eF2gH7iJ4kL1mN8o","action":"org.invite_member","actor":"lferreyra","actor_ip":"190.191.238.14","org":"kestrel","invitee_email":"chiamaka.eze@proton.me","permission":"read","operation_type":"create"}
{"@timestamp":1710238700877,"_document_id":"P5qR6sT0uV2wX9yZ4bKx7m","action":"personal_access_token.request_created","actor":"sven-akesson","org":"kestrel","token_id":9182736,"hashed_token":"LXm2Qz9TrK4vNc8bYd3JfG6sAe0uVi5oBnT1pW7hRk8=","programmatic_access_type":"Fine-grained personal access token","operation_type":"create"}`,
    // GitHub logins are handles; the hashed token is a hash, not the token.
    expected: [
      ['IP_ADDRESS', '94.254.12.80'],
      ['IP_ADDRESS', '190.191.238.14'],
      ['EMAIL', 'chiamaka.eze@proton.me'],
    ],
  },
  {
    name: 'Jira audit log CSV with author display names and an e-mail change',
    text: `Date,Author,IP address,Summary,Category,Affected object,Changed values
2024-03-12 10:15:02,Oksana Hrytsenko,91.196.178.24,User's email updated,user management,liam.osullivan,"Email: liam.osullivan@kestrel.io -> liam.os@pm.me"
2024-03-12 10:15:40,Oksana Hrytsenko,91.196.178.24,User added to group,group management,jira-administrators,"Member: Liam O'Sullivan"
2024-03-12 10:17:05,Automation for Jira,,Project permission scheme updated,permissions,Default Permission Scheme,"Browse Projects: added Group (jira-users)"`,
    // liam.osullivan is an account name; Automation for Jira is a system actor.
    expected: [
      ['PERSON', 'Oksana Hrytsenko'],
      ['IP_ADDRESS', '91.196.178.24'],
      ['EMAIL', 'liam.osullivan@kestrel.io'],
      ['EMAIL', 'liam.os@pm.me'],
      ['PERSON', 'Oksana Hrytsenko'],
      ['IP_ADDRESS', '91.196.178.24'],
      ['PERSON', "Liam O'Sullivan"],
    ],
  },
  // ---------------------------------------------------------------- SIEM and IDS
  {
    name: 'Splunk alert webhook payload with a raw event and a search id',
    text: `{"sid":"scheduler__admin__search__RMD5c1e9f4a2b8d3e6f0_at_1710238500_4821","search_name":"VPN brute force - 20 failures in 5m","app":"search","owner":"nobody","results_link":"https://splunk.kestrel.io:8000/app/search/@go?sid=scheduler__admin__search__RMD5c1e9f4a2b8d3e6f0_at_1710238500_4821","result":{"_time":"2024-03-12T10:15:00.000+00:00","src_ip":"45.148.10.81","user":"s.venkataraman","count":"37","dc(user)":"1","_raw":"Mar 12 2024 10:14:58 asa-edge-01 : %ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = 10.20.0.5 : user = s.venkataraman : user IP = 45.148.10.81"}}`,
    expected: [
      ['IP_ADDRESS', '45.148.10.81'],
      ['IP_ADDRESS', '10.20.0.5'],
      ['IP_ADDRESS', '45.148.10.81'],
    ],
  },
  {
    name: 'Elastic Security alert document with ECS source, AS number, MACs and the rule id',
    text: `{"@timestamp":"2024-03-12T10:15:02.118Z","kibana.alert.rule.name":"Potential Password Spraying of Microsoft 365 User Accounts","kibana.alert.rule.rule_id":"3efee4f0-182a-40a8-a835-102c68a4175d","kibana.alert.severity":"medium","kibana.alert.risk_score":47,"event.dataset":"o365.audit","event.count":41,"source.ip":"193.29.13.184","source.geo.country_iso_code":"NL","source.as.number":49505,"source.as.organization.name":"OOO Network of data-centers Selectel","user.name":"rtesfaye","user.email":"rahel.tesfaye@kestrel.io","user.full_name":"Rahel Tesfaye","host.name":"ws-fin-0412","host.mac":["00-15-5D-4A-2B-1C","3C-22-FB-91-7A-0E"],"host.os.version":"10.0.19045.4170","threat.technique.id":["T1110.003"],"agent.version":"8.12.2"}`,
    expected: [
      ['IP_ADDRESS', '193.29.13.184'],
      ['EMAIL', 'rahel.tesfaye@kestrel.io'],
      ['PERSON', 'Rahel Tesfaye'],
    ],
  },
  {
    name: 'Suricata eve.json alert whose printable payload holds a card in a cleartext form post',
    text: `{"timestamp":"2024-03-12T10:15:02.118923+0000","flow_id":1284739201847363,"in_iface":"ens192","event_type":"alert","src_ip":"10.20.6.41","src_port":58114,"dest_ip":"62.210.88.19","dest_port":80,"proto":"TCP","community_id":"1:Qm2xW9pLr4TzKw8Nb3cYdF6gH1j=","alert":{"action":"allowed","gid":1,"signature_id":2019401,"rev":4,"signature":"ET POLICY Credit Card Number Detected in Clear (Visa)","category":"Potential Corporate Privacy Violation","severity":2},"http":{"hostname":"shop-legacy.partner-pay.fr","url":"/checkout/submit.php","http_user_agent":"Mozilla/5.0","http_method":"POST","status":302,"length":0},"payload_printable":"POST /checkout/submit.php HTTP/1.1\\r\\nHost: shop-legacy.partner-pay.fr\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\nholder=Mateo+Ibarra&pan=4916338277102454&exp=0927&email=m.ibarra%40kestrel.io","app_proto":"http"}`,
    // The flow id passes Luhn; it is a flow id. The community id is a hash.
    expected: [
      ['IP_ADDRESS', '10.20.6.41'],
      ['IP_ADDRESS', '62.210.88.19'],
      ['PERSON', 'Mateo+Ibarra'],
      ['CREDIT_CARD', '4916338277102454'],
      ['EMAIL', 'm.ibarra%40kestrel.io'],
    ],
  },
  // ---------------------------------------------------------------- account recovery and helpdesk
  {
    name: 'application log of a password reset by SMS and an MFA enrolment with a backup phone',
    text: `2024-03-12T10:15:02.118Z INFO  auth.reset  request_id=req_7Qm2xW9pLr user_id=u_48213 email=siddharth.v@rediffmail.com channel=sms to=+91 98450 12763 ip=49.207.52.18 ua="Mozilla/5.0 (Linux; Android 14)"
2024-03-12T10:15:41.900Z INFO  auth.reset  request_id=req_7Qm2xW9pLr user_id=u_48213 otp_verified=true attempts=1
2024-03-12T10:16:05.332Z WARN  auth.reset  request_id=req_7Qm2xW9pLr user_id=u_48213 msg="reset link issued" link=https://app.kestrel.io/reset?token=${resetToken}&uid=u_48213
2024-03-12T10:17:12.004Z INFO  auth.mfa    user_id=u_48213 event=factor_enrolled type=totp device="Pixel 8" backup_phone=+91 80 4718 2290`,
    expected: [
      ['EMAIL', 'siddharth.v@rediffmail.com'],
      ['PHONE', '+91 98450 12763'],
      ['IP_ADDRESS', '49.207.52.18'],
      ['SECRET', resetToken],
      ['PHONE', '+91 80 4718 2290'],
    ],
  },
  {
    name: 'helpdesk work note of an identity check before an AD password reset',
    text: `2024-03-12 10:15:02 - Farah Haddad (Work notes)
Caller Rahel Tesfaye (Finance) locked out after the spraying alert. Verified identity: DOB 22/09/1988, employee no. 40127, last four of SSN ***-**-6612 matched HR record.
Reset AD password for rtesfaye, temp password Welcome-2024!Qx, must change at next logon. Read it out to Rahel on her mobile +1 (612) 480-3391 as the number on file; ticket INC0048213 linked to SIR0001822.`,
    expected: [
      ['PERSON', 'Farah Haddad'],
      ['PERSON', 'Rahel Tesfaye'],
      ['DATE_OF_BIRTH', '22/09/1988'],
      ['SECRET', 'Welcome-2024!Qx'],
      ['PERSON', 'Rahel'],
      ['PHONE', '+1 (612) 480-3391'],
    ],
  },
  // ---------------------------------------------------------------- credentials leaked in transit logs
  {
    name: 'Apache HttpClient wire log with a Bearer JWT and Basic proxy credentials',
    text: `2024-03-12 10:15:02,118 DEBUG [org.apache.http.headers] http-outgoing-3 >> POST /rest/api/2/search HTTP/1.1
2024-03-12 10:15:02,118 DEBUG [org.apache.http.headers] http-outgoing-3 >> Authorization: Bearer ${oktaJwt}
2024-03-12 10:15:02,118 DEBUG [org.apache.http.headers] http-outgoing-3 >> Proxy-Authorization: Basic ${proxyBasic}
2024-03-12 10:15:02,118 DEBUG [org.apache.http.headers] http-outgoing-3 >> X-Request-Id: 4e8f1a37-7c1e-4f9a-a05c-9b2d2b8d3e6f
2024-03-12 10:15:02,119 DEBUG [org.apache.http.headers] http-outgoing-3 >> Host: jira.kestrel.io
2024-03-12 10:15:02,402 DEBUG [org.apache.http.headers] http-outgoing-3 << HTTP/1.1 200 OK`,
    // The JWT's payload carries an e-mail, but the whole token is the one value to redact.
    expected: [
      ['SECRET', oktaJwt],
      ['SECRET', proxyBasic],
    ],
  },
  {
    name: 'Jenkins console and cron mail with credentials inside URLs',
    text: `[Pipeline] sh
+ git fetch --tags --force --progress -- https://svc_jenkins:${gitlabToken}@gitlab.kestrel.io/data/payroll-etl.git +refs/heads/*:refs/remotes/origin/*
Fetching upstream changes from https://gitlab.kestrel.io/data/payroll-etl.git

From: root@etl-cron-01 (Cron Daemon)
Subject: Cron <etl@etl-cron-01> wget -q ftp://kestrel_drop:F7p-xQ2m!vL@ftp.partner-pay.fr/outbound/settlement_20240312.csv
--2024-03-12 06:00:01--  ftp://kestrel_drop:*password*@ftp.partner-pay.fr/outbound/settlement_20240312.csv
           => 'settlement_20240312.csv'
Resolving ftp.partner-pay.fr (ftp.partner-pay.fr)... 62.210.88.19
Connecting to ftp.partner-pay.fr (ftp.partner-pay.fr)|62.210.88.19|:21... connected.`,
    // root@etl-cron-01 is a local user at a host, not a mailbox; wget masks the password in its own echo.
    expected: [
      ['SECRET', gitlabToken],
      ['SECRET', 'F7p-xQ2m!vL'],
      ['IP_ADDRESS', '62.210.88.19'],
      ['IP_ADDRESS', '62.210.88.19'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'Sigma detection rule and firewall object groups: networks, ports, event ids and hashes',
    text: `title: Successful logon from outside the corporate ranges
id: 7c1e9f4a-2b8d-4e6f-a05c-9b2d4e8f1a37
status: experimental
logsource:
  product: windows
  service: security
detection:
  selection:
    EventID: 4624
    LogonType: 10
  filter_corp:
    IpAddress|cidr:
      - 10.0.0.0/8
      - 172.16.0.0/12
      - 192.168.0.0/16
      - 2001:db8::/32
  condition: selection and not filter_corp
tags: [attack.initial_access, attack.t1078]
falsepositives: [Administrators on travel]
---
object-group network CORP-NETS
 network-object 10.20.0.0 255.255.0.0
 network-object 10.250.0.0 255.255.255.0
object-group service WEB tcp
 port-object eq 443
 port-object range 8080 8090
# sha256 of the sample: 9f2c7e1a4b8d3f6e0a5c9b2d4e8f1a37c6d2e91f3b40d8e9f21c0b5d7e2a1364
# AS49505 and AS16276 are on the watch list; asa-edge-01 runs 9.18(3)56`,
    expected: [],
  },
  {
    name: 'switch show output with MAC tables, version strings, uptime and serials',
    text: `core-sw-01#show mac address-table dynamic vlan 20
          Mac Address Table
-------------------------------------------
Vlan    Mac Address       Type        Ports
----    -----------       --------    -----
  20    0050.56a1.2b3c    DYNAMIC     Gi1/0/14
  20    3c22.fb91.7a0e    DYNAMIC     Gi1/0/22
  20    00:15:5d:4a:2b:1c DYNAMIC     Po1
Total Mac Addresses for this criterion: 3
core-sw-01#show version | include Version|uptime|System serial
Cisco IOS XE Software, Version 17.09.04a
core-sw-01 uptime is 41 weeks, 2 days, 7 hours, 12 minutes
System serial number            : FOC2419X1AB
core-sw-01#show snmp engineID
Local SNMP engineID: 800000090300005056A12B3C`,
    expected: [],
  },
];

describeHoldout('privacy engine on hand-written hold-out cases 10: IT, identity and security logs', cases);
