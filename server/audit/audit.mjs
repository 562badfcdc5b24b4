// audit.mjs runs the graphql-http package's GraphQL-over-HTTP server audits
// against one endpoint and prints one line per audit:
//
//   ok   <id> <name>
//   FAIL <id> <name> [<status>]: <reason>
//
// followed by "passed N/M". It exits 1 when any audit is not ok — errors
// (MUST) and warnings or notices (SHOULD, MAY) alike, because this project
// aims to pass them all — and 2 on a usage or fatal error.
//
// Usage: node audit.mjs http://127.0.0.1:8080/query
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

let passed = 0;
const audits = serverAudits({ url });
for (const audit of audits) {
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    result = { id: audit.id, name: audit.name, status: 'error', reason: `audit threw: ${err}` };
  }
  if (result.status === 'ok') {
    passed++;
    console.log(`ok   ${result.id} ${result.name}`);
  } else {
    console.log(`FAIL ${result.id} ${result.name} [${result.status}]: ${oneLine(result.reason)}`);
  }
}
console.log(`passed ${passed}/${audits.length}`);
process.exit(passed === audits.length ? 0 : 1);

function oneLine(s) {
  return String(s).replace(/\s+/g, ' ').trim();
}
