import { describe, expect, it } from 'vitest';
import { ipAddressDetector, ipv4Of, isIpv6Address } from './ip-address.js';

const spans = (text: string) =>
  ipAddressDetector.detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('ipAddressDetector', () => {
  it.each<[string, string, string[]]>([
    ['log line', '2024-05-01T10:00:00Z GET /login 200 client=203.0.113.42 ua="curl"', ['203.0.113.42']],
    [
      'nginx access log',
      '198.51.100.7 - - [01/May/2024:10:00:00 +0000] "GET / HTTP/1.1" 200',
      ['198.51.100.7'],
    ],
    [
      // A network (host bits zero under its prefix or mask) names no host; a host with a prefix does.
      'with port, and networks in CIDR and netmask form',
      'connect 10.12.0.5:5432 failed; allow 192.168.1.0/24 10.20.0.0 255.255.0.0 2001:db8::/32; host 10.20.4.17/24',
      ['10.12.0.5', '10.20.4.17'],
    ],
    [
      'not a version in a user agent',
      'Mozilla/5.0 (X11) Chrome/122.0.0.0 Safari; cn/37.120.211.46',
      ['37.120.211.46'],
    ],
    [
      // A documentation address its line calls an example stands for no one; elsewhere it is a client.
      'documentation addresses given as examples',
      'replay with X-Forwarded-For: 192.0.2.10 (an example address)\n3. For a dry run, point the client at 203.0.113.10 (documentation address).\ne.g. 2001:db8::7 or 10.1.2.3',
      ['10.1.2.3'],
    ],
    [
      // `example` inside a host name is no such word; nor is a documentation range without one.
      'documentation addresses in logs, beside example.com hosts',
      'GET https://api.example.com/v1 from 198.51.100.23\nclient 203.0.113.9 sample_rate=0.1 examples_seen=3\nwww.example.org resolved to 192.0.2.44',
      ['198.51.100.23', '203.0.113.9', '192.0.2.44'],
    ],
    ['end of sentence', 'Der Server hat die Adresse 172.16.254.1.', ['172.16.254.1']],
    [
      'an ellipsis after the port',
      '*   Trying 10.8.0.14:443...\nwaiting on 10.8.0.15...',
      ['10.8.0.14', '10.8.0.15'],
    ],
    ['after a key with colon', 'host:10.0.0.1 peer: 10.0.0.2', ['10.0.0.1', '10.0.0.2']],
    [
      'an attribute list’s client address beside its version',
      '{"key":"http.client_ip","value":{"stringValue":"10.42.7.118"}},{"key":"peer.address","value":"81.174.22.60"}',
      ['10.42.7.118', '81.174.22.60'],
    ],
    [
      'a product version of one-digit parts',
      'CM/ECF NextGen 1.7.1.1 (Chicago), resolver 1.1.1.1',
      ['1.1.1.1'],
    ],
    ['a pool between two hosts', 'DHCP range 10.0.0.100-10.0.0.200', ['10.0.0.100', '10.0.0.200']],
    [
      "a network's bounds, which name no host",
      'addr 10.0.0.0-10.255.255.255, 192.168.4.0 - 192.168.7.255; host 10.1.2.0-10.1.2.9',
      ['10.1.2.0', '10.1.2.9'],
    ],
    ['boundaries', 'ip 223.255.255.254 and 1.0.0.0', ['223.255.255.254', '1.0.0.0']],
    [
      'IPv6 full',
      'src 2001:0db8:85a3:0000:0000:8a2e:0370:7334 dst',
      ['2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
    ],
    [
      'IPv6 compressed',
      "l'adresse IPv6 2001:db8::1 et fe80::1ff:fe23:4567:890a%eth0",
      ['2001:db8::1', 'fe80::1ff:fe23:4567:890a'],
    ],
    ['IPv6 bracketed with port', 'curl http://[2001:db8::42]:8080/health', ['2001:db8::42']],
    ['IPv6 trailing ::', 'prefix 2001:db8:: is reserved', ['2001:db8::']],
    [
      'host after the user info of a URL',
      'create_engine("mysql+pymysql://ro:s3cr3t@10.20.30.40:3306/sales") and redis://:pw@192.0.2.7',
      ['10.20.30.40', '192.0.2.7'],
    ],
    ['IPv4-mapped IPv6', 'remote_addr=::ffff:192.0.2.128', ['::ffff:192.0.2.128']],
    [
      'CSV',
      'ts,user,ip\n1714557600,ann,203.0.113.9\n1714557601,bob,2001:db8:0:1::7\n',
      ['203.0.113.9', '2001:db8:0:1::7'],
    ],
    ['markdown table', '| host | ip |\n|---|---|\n| web-1 | 10.1.2.3 |', ['10.1.2.3']],
    ['psql inet', ' id |   client_ip\n----+---------------\n  1 | 100.64.12.34', ['100.64.12.34']],
    ['pandas', '   id      client_ip\n0   1  198.51.100.23', ['198.51.100.23']],
    ['JSON', '{"ip":"203.0.113.5","ipv6":"2001:db8::5"}', ['203.0.113.5', '2001:db8::5']],
    ['SQL literal', "SELECT * FROM logins WHERE ip = '203.0.113.77';", ['203.0.113.77']],
    [
      'error message',
      "ConnectionRefusedError: [Errno 111] Connect call failed ('10.20.30.40', 6379)",
      ['10.20.30.40'],
    ],
    [
      'ssh, scp and rsync destinations',
      'ssh deploy@52.18.44.201\nscp dump.sql ubuntu@10.0.0.5:/tmp/\nrsync -az out/ root@203.0.113.9:/srv',
      ['52.18.44.201', '10.0.0.5', '203.0.113.9'],
    ],
    ['Spanish prose', 'La dirección IP del cliente era 84.120.3.15, según el registro.', ['84.120.3.15']],
    ['an address after a word holding versi', 'university gateway 84.120.3.15', ['84.120.3.15']],
    [
      'hosts in comments with no outline around them, a numbered step beside no parent or child, an RFC host after a comma',
      '// 10.0.0.1 is the gateway\n# 10.0.0.2\n// 4.2.6.9\nping 10.0.0.1.5353 and 10.0.0.3\nper RFC 1918 or 10.1.2.3',
      ['10.0.0.1', '10.0.0.2', '4.2.6.9', '10.0.0.3', '10.1.2.3'],
    ],
    [
      'a four-arc address that is an OID by shape, in a text of no longer OID; eight-group addresses of varied widths',
      "case '1.3.101.110': return x; // ssh 2.5.4.3\nsrc fe80:0:0:0:a00:27ff:fe4e:66a1",
      ['1.3.101.110', '2.5.4.3', 'fe80:0:0:0:a00:27ff:fe4e:66a1'],
    ],
    [
      'a documentation address whose clause calls it no example, and an address outside those ranges called one',
      'The webhook points at 192.0.2.44, which is not an example address.\nIt points at 84.17.52.203, which is just an example address.',
      ['192.0.2.44', '84.17.52.203'],
    ],
    [
      'an address with a remark after it that calls it no example, and one a remark further on does',
      'client 192.0.2.10 (the attacker) and 203.0.113.10 from the log (example above)',
      ['192.0.2.10', '203.0.113.10'],
    ],
    [
      "documentation-range addresses where the word example is a host's or a path's, and other ranges after example",
      'GET /example/ from 192.0.2.11\nresolver iot.example at 198.51.100.7\nexample: 10.0.0.5',
      ['192.0.2.11', '198.51.100.7', '10.0.0.5'],
    ],
    [
      // Only the documentation ranges are read as the docs'; a text's denial or an instance is no example.
      'a real client beside the line a text calls an example',
      'fwd="203.0.113.54"\nfwd="84.17.52.203"\nThe first line is the runbook\'s example, the second is from production.',
      ['84.17.52.203'],
    ],
    [
      'logs a text calls an instance of what it sees, or no sample',
      'fwd="198.51.100.23"\nThese lines are an example of the timeouts we see.\nfwd="192.0.2.10"\nThe requests are not samples.',
      ['198.51.100.23', '192.0.2.10'],
    ],
    [
      'documentation-range addresses with a comment that names no docs, and docs words outside a comment',
      'allow 198.51.100.7;  # office VPN\nfrom 192.0.2.10 docs=3 sample_rate=1',
      ['198.51.100.7', '192.0.2.10'],
    ],
    [
      // The heading's example is an instance; a block after a blank line is no longer the heading's.
      'documentation-range addresses under a heading of an instance, and after the example block ends',
      'Example of what we see in production:\nfwd="203.0.113.54"\n\n### Payload (example)\n{"ip": "8.8.4.4"}\n\nfwd="198.51.100.23"',
      ['203.0.113.54', '8.8.4.4', '198.51.100.23'],
    ],
    [
      // A log under a heading of its own, or of an instance, shows its clients whatever the language.
      "documentation-range addresses under other languages' headings of a log, an instance or a precedent",
      '### Registro de producción\nfwd="203.0.113.54"\n\nEjemplo de lo que vemos en producción:\nfwd="198.51.100.23"\n\n【判例】\nfrom 192.0.2.10',
      ['203.0.113.54', '198.51.100.23', '192.0.2.10'],
    ],
    [
      // Outside the groups services announce on, 224/4 and 240/4 addresses are what the text says.
      'addresses of 224.0.0.0 and up that are no netmask and no service group',
      'client_ip=244.217.224.11 src 231.32.34.217, "ip": "250.112.30.17", peer 226.14.3.9:443',
      ['244.217.224.11', '231.32.34.217', '250.112.30.17', '226.14.3.9'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected.map((value) => ['IP_ADDRESS', value]));
  });

  it.each<[string, string]>([
    [
      'loopback and unspecified',
      'listen 127.0.0.1:8080, 127.1.2.3, 0.0.0.0, ::1, ::, 0:0:0:0:0:0:0:1, ::ffff:127.0.0.1',
    ],
    [
      'netmasks, broadcast and multicast addresses',
      'netmask 255.255.255.0 broadcast 255.255.255.255, mask 255.255.0.0, mDNS 224.0.0.251, SSDP 239.255.255.250',
    ],
    [
      'netmasks of every length from 224.0.0.0 up, and the control and organisation-local groups',
      'masks 224.0.0.0 240.0.0.0 248.0.0.0 254.0.0.0 255.128.0.0 255.255.254.0 255.255.255.252, NTP 224.0.1.1, 224.0.0.22, 239.255.0.1',
    ],
    ['invalid octets and leading zeros', '256.1.1.1 192.168.01.1 1.2.3.300 10.0.0.0001'],
    ['v-prefixed version', 'upgraded to v1.2.3.4 (V10.0.0.1)'],
    ['version words', 'Version 10.0.19041.1 and version: 1.2.3.4, Firmware 2.1.0.3, release 4.4.0.1'],
    ['version column', 'name,version\nwindows,10.0.1.2\n'],
    [
      'object identifiers four arcs long',
      "* `'x25519'` (OID 1.3.101.110), oid=1.3.101.112, OID: 1.2.840.10045",
    ],
    ['Python slices with a step', 'if sample[1::2] == _null2: g = groups[2::2]; evens = xs[::2]; x[:, 3::3]'],
    [
      'a key naming a version, joined to other words',
      'INSERT INTO kv VALUES(\'app_version\',\'4.12.0.3\'); {"appVersion": "4.4.0.1"} sdk-version=2.1.0.3',
    ],
    [
      'a version key of an attribute list, its value nested or not',
      '{"key":"app_version","value":{"string_value":"5.18.2.1"}},{"key":"service.version","value":{"stringValue":"2.14.3.0"}},{"name":"os_version","value":"10.0.19045.3"}',
    ],
    [
      'section numbers',
      'see https://tools.ietf.org/html/rfc7231#section-7.1.1.1 and § 4.2.1.3, Section 5.1.2.4',
    ],
    ['version words in other languages', 'Agent EDR w wersji 10.4.2.7; versión 2.1.0.3; Versie 4.4.0.1'],
    ['pins and semver suffixes', 'pkg==1.2.3.4 foo>=2.0.0.1 bar@1.2.3.4 lib 1.2.3.4-beta 1.2.3.4+build5'],
    ['a scoped package pin on an ssh line', "ssh build-1 'npm i -g @scope/pkg@2.0.0.1'"],
    ['longer dotted sequences (OIDs)', 'OID 1.3.6.1.4.1.311.21.7 and 1.2.840.113549.1.1.11 and 10.0.0.1.5'],
    ['touching letters', '10.0.0.1abc x10.0.0.1 10.0.0.1x'],
    ['MAC address', 'ether 00:1a:2b:3c:4d:5e'],
    [
      'a documentation address that the clause after it calls an example',
      "The webhook in the docs points at 192.0.2.44, which is just an example address. Then 198.51.100.7, that's a sample IP.",
    ],
    [
      'addresses that a remark right after them calls an example',
      'replay with X-Forwarded-For: 192.0.2.10 (an example address); point it at 203.0.113.10 (documentation address, black-holed)',
    ],
    [
      'MAC addresses and EUI-64s that IPv6 syntax also reads',
      'mac.parse("00:1A:2B:3C:4D:5E:6A:7B"); mac.parse("00:1A::2B:3C:4D:5E"); eui 02:1a:2b:ff:fe:3c:4d:5e',
    ],
    [
      "a spec's steps numbered in comments, where the text holds their parent or a step under them",
      '    // 4.2.6\n    // 4.2.6.1\n    if (x) { // 4.2.6.2\n    // 5.2.1. If the code point is U+0022\n    // 5.2.1.2. If position is not past the end\n    // 1.1.1.1\n      // 1.1.1.1.1',
    ],
    [
      "sections glued to a spec's name, and after an RFC number",
      'ES6$24.2.4.21 - DataView; HTML$8.6.1.5; (RFC 7540 8.1.2.4)',
    ],
    [
      'object identifiers of four arcs beside longer ones, as certificate code switches on them',
      "case '1.2.840.113549.1.1.11': return 'SHA-256'\ncase '1.3.101.110': case '1.3.101.112': return 'SHA-512'\nif (oid === '2.5.29.17')",
    ],
    ['times and timestamps', '10:30:45 2024-01-15T10:30:00.000Z 1705312200'],
    ['C++ and Rust paths', 'std::vector a::b Foo::bar dead::beef'],
    [
      'UUID and hashes',
      '550e8400-e29b-41d4-a716-446655440000 sha256:e3b0c44298fc1c149afbf4c8996fb924 3f786850e387550fdab836ed7e6dc881de23001b',
    ],
    ['decimals', 'pi 3.14159 ratio 0.25 lat 48.8566'],
    ['column name only', 'SELECT ip, ip_address FROM sessions'],
    [
      'documentation-range addresses on a line that calls its config an example or a sample',
      '# APN config example from the vendor guide: apn=iot.example, dns=192.0.2.53, mmsc=198.51.100.7\nSample: server 2001:db8::53',
    ],
    [
      'documentation-range addresses in log lines the text says are an example',
      'at=info fwd="203.0.113.54" status=200\nat=error fwd="2001:db8::9" status=503\n\nThese two lines are the example in our staging runbook.',
    ],
    [
      'documentation-range addresses after a comment saying a tutorial, the docs or a sample gave them',
      'allow 198.51.100.7;  # copied from the load-balancer tutorial\nserver 192.0.2.8:80; // sample upstream',
    ],
    [
      'documentation-range addresses in a block a heading calls an example',
      '### rsvp.created payload (example)\n{\n  "source_ip": "203.0.113.42"\n}\n\nExample response:\nclient 192.0.2.10 ok\n(sample request)\nfrom 2001:db8::7',
    ],
    [
      "documentation-range addresses under API references' example headings in other languages",
      '### Ejemplo de solicitud\nX-Forwarded-For: 203.0.113.42\n\nBeispielanfrage:\nHost: 198.51.100.7:8443\n\n【リクエスト例】\nclient=192.0.2.15\n\n## Przykład żądania\nfrom 2001:db8::7',
    ],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('validates IPv4 and IPv6 literals', () => {
    expect([ipv4Of('10.0.0.1:80'), ipv4Of('10.0.0.01'), ipv4Of('1.2.3')]).toEqual([
      '10.0.0.1',
      undefined,
      undefined,
    ]);
    expect([
      isIpv6Address('2001:db8::1'),
      isIpv6Address('::1'),
      isIpv6Address('a::b'),
      isIpv6Address('1:2:3'),
    ]).toEqual([true, false, false, false]);
  });

  it('stays linear on 1 MB of near-misses and finds every real one', () => {
    const text = `${'1.'.repeat(150_000)}\n${'ab:'.repeat(100_000)}\n${'ip 203.0.113.42\n'.repeat(10_000)}`;
    const found = ipAddressDetector.detect(text);
    expect(found).toHaveLength(10_000);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('203.0.113.42');
  });
});
