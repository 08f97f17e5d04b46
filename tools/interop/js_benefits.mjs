// Interop check: the AWS SDK for JavaScript v3 (its own signer, protocol code
// and paginators) against partnercentral-local's Benefits API. Pages through
// the benefit catalog, creates a benefit application with a document member,
// reads the document back, submits the application, and gets the service's
// ConflictException for a second submission.
//   node tools/interop/js_benefits.mjs --endpoint http://127.0.0.1:PORT
// The packages live in build/interop/node_modules (spec/support/interop.lua
// installs @aws-sdk/client-partnercentral-benefits there; PC_INTEROP_NODE_MODULES
// overrides the folder). Prints "OK ..." lines.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = process.env.PC_INTEROP_NODE_MODULES || path.join(here, "../../build/interop/node_modules");
const require = createRequire(path.join(modules, "..", "package.json"));

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
if (!args.endpoint) {
  console.error("usage: js_benefits.mjs --endpoint URL");
  process.exit(2);
}

const sdk = require("@aws-sdk/client-partnercentral-benefits");
const client = new sdk.PartnerCentralBenefitsClient({
  region: "us-east-1",
  endpoint: args.endpoint,
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
  maxAttempts: 2,
});

const ids = [];
for await (const page of sdk.paginateListBenefits({ client, pageSize: 2 }, { Catalog: "AWS" })) {
  for (const b of page.BenefitSummaries) ids.push(b.Id);
}
assert.equal(ids.length, 5);
console.log(`OK ListBenefits ${ids.length} benefits in pages of 2`);

const details = { UseCase: "Interop JS", RequestedAmount: 1300, Ratio: 0.5, Nothing: null,
  List: [1, "two", { three: [3] }], Empty: [], Nested: { On: true } };
const created = await client.send(new sdk.CreateBenefitApplicationCommand({
  Catalog: "AWS", ClientToken: "js-interop", BenefitIdentifier: "ben-poccredits0001", Name: "JS application",
  FulfillmentTypes: ["CREDITS"], BenefitApplicationDetails: details, Tags: [{ Key: "sdk", Value: "js" }],
}));
assert.match(created.Id, /^benappl-/);
assert.equal(created.Revision, "1");
console.log(`OK CreateBenefitApplication ${created.Id}`);

let got = await client.send(new sdk.GetBenefitApplicationCommand({ Catalog: "AWS", Identifier: created.Id }));
assert.deepEqual(got.BenefitApplicationDetails, details);
assert.equal(got.Status, "PENDING_SUBMISSION");
assert.ok(got.CreatedAt instanceof Date, "CreatedAt is a Date");
console.log("OK GetBenefitApplication document round trip");

await client.send(new sdk.SubmitBenefitApplicationCommand({ Catalog: "AWS", Identifier: created.Id }));
got = await client.send(new sdk.GetBenefitApplicationCommand({ Catalog: "AWS", Identifier: created.Arn }));
assert.equal(got.Status, "IN_REVIEW");
console.log(`OK SubmitBenefitApplication ${created.Id} ${got.Status} revision ${got.Revision}`);

try {
  await client.send(new sdk.SubmitBenefitApplicationCommand({ Catalog: "AWS", Identifier: created.Id }));
  throw new Error("expected ConflictException");
} catch (e) {
  if (e.name !== "ConflictException") throw e;
  console.log(`OK ConflictException ${e.message}`);
}
