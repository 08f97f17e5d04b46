// Interop check: the AWS SDK for JavaScript v3 (its own signers and protocol
// code) against partnercentral-local. Completes a StartProfileUpdateTask and,
// after creating a program management account, an
// UpdateProgramManagementAccount.
//   node tools/interop/js_check.mjs --endpoint http://127.0.0.1:PORT --partner partner-XXXX [--sigv4a on|off]
//     [--access-key K --secret-key S] [--channel-only yes] [--flow account-channel|selling]
// --flow selling instead: CreateOpportunity -> UpdateOpportunity (with the
// LastModifiedDate it read; the stale one is a ConflictException) ->
// SubmitOpportunity, then lists it back with the paginator
// (@aws-sdk/client-partnercentral-selling).
// The packages live in build/interop/node_modules (ignored by git), installed by
//   npm install --prefix build/interop @aws-sdk/client-partnercentral-account \
//     @aws-sdk/client-partnercentral-channel @aws-sdk/signature-v4a
// (PC_INTEROP_NODE_MODULES overrides the folder). Prints "OK ..." lines.
// The Channel model prefers SigV4a: with --sigv4a on (default) the pure-JS
// SigV4a signer (@aws-sdk/signature-v4a) is registered and the SDK signs
// Channel calls with it; with off the SDK falls back to SigV4.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = process.env.PC_INTEROP_NODE_MODULES || path.join(here, "../../build/interop/node_modules");
const require = createRequire(path.join(modules, "..", "package.json"));

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
if (!args.endpoint || !args.partner) {
  console.error("usage: js_check.mjs --endpoint URL --partner ID");
  process.exit(2);
}

// what every client of this check is given
const common0 = {
  region: "us-east-1",
  endpoint: args.endpoint,
  credentials: { accessKeyId: args["access-key"] || "test", secretAccessKey: args["secret-key"] || "test" },
  maxAttempts: 2,
};

if (args.flow === "selling") {
  const sell = require("@aws-sdk/client-partnercentral-selling");
  const selling = new sell.PartnerCentralSellingClient(common0);
  const sols = await selling.send(new sell.ListSolutionsCommand({ Catalog: "AWS", Status: ["Active"] }));
  const created = await selling.send(new sell.CreateOpportunityCommand({   // ClientToken filled in by the SDK
    Catalog: "AWS", Origin: "Partner Referral", OpportunityType: "Net New Business", PartnerOpportunityIdentifier: "js-1",
    Customer: { Account: { CompanyName: "Interop JS Retail", WebsiteUrl: "https://retail.example.com", Industry: "Retail",
      Address: { CountryCode: "US" } } },
    Project: { Title: "Interop JS migration", CustomerBusinessProblem: "The data centre lease ends next year.",
      ExpectedCustomerSpend: [{ Amount: "1000", CurrencyCode: "USD", Frequency: "Monthly", TargetCompany: "AWS" }] },
    LifeCycle: { Stage: "Prospect", TargetCloseDate: "2027-06-30" },
  }));
  const id = created.Id;
  if (!(created.LastModifiedDate instanceof Date)) throw new Error("LastModifiedDate is not a Date");
  console.log(`OK CreateOpportunity ${id}`);
  await selling.send(new sell.AssociateOpportunityCommand({ Catalog: "AWS", OpportunityIdentifier: id,
    RelatedEntityType: "Solutions", RelatedEntityIdentifier: sols.SolutionSummaries[0].Id }));
  const got = await selling.send(new sell.GetOpportunityCommand({ Catalog: "AWS", Identifier: id }));
  const update = { Catalog: "AWS", Identifier: id, LastModifiedDate: got.LastModifiedDate, Customer: got.Customer,
    Project: { ...got.Project, Title: "Interop JS migration (updated)" }, LifeCycle: got.LifeCycle,
    OpportunityType: got.OpportunityType, PartnerOpportunityIdentifier: got.PartnerOpportunityIdentifier };
  const updated = await selling.send(new sell.UpdateOpportunityCommand(update));
  if (!(updated.LastModifiedDate > got.LastModifiedDate)) throw new Error(JSON.stringify(updated));
  console.log(`OK UpdateOpportunity ${id}`);
  try {
    await selling.send(new sell.UpdateOpportunityCommand(update));
    throw new Error("expected ConflictException");
  } catch (e) {
    if (e.name !== "ConflictException") throw e;
    console.log(`OK ConflictException ${e.name}`);
  }
  await selling.send(new sell.SubmitOpportunityCommand({ Catalog: "AWS", Identifier: id, InvolvementType: "Co-Sell" }));
  console.log(`OK SubmitOpportunity ${id}`);
  let found;
  for await (const page of sell.paginateListOpportunities({ client: selling, pageSize: 1 },
    { Catalog: "AWS", LastModifiedDate: { AfterLastModifiedDate: created.LastModifiedDate } })) {
    for (const o of page.OpportunitySummaries) if (o.Id === id) found = o;
  }
  if (!found || found.LifeCycle.ReviewStatus !== "Submitted") throw new Error("not listed: " + JSON.stringify(found));
  console.log(`OK ListOpportunities ${id} ${found.LifeCycle.ReviewStatus}`);
  process.exit(0);
}

const sigv4a = (args.sigv4a || "on") === "on";
if (sigv4a) require("@aws-sdk/signature-v4a");   // registers itself with the SDK
console.log(`signer for Channel: ${sigv4a ? "SigV4a (@aws-sdk/signature-v4a loaded)" : "SigV4 fallback (no SigV4a signer)"}`);
const acct = require("@aws-sdk/client-partnercentral-account");
const chan = require("@aws-sdk/client-partnercentral-channel");
const common = common0;
const account = new acct.PartnerCentralAccountClient(common);
const channel = new chan.PartnerCentralChannelClient(common);

// --channel-only yes: skip the Account calls (a wrong-secret check of the Channel signer).
if (args["channel-only"] !== "yes") {
  const task = await account.send(new acct.StartProfileUpdateTaskCommand({
    Catalog: "AWS", Identifier: args.partner,
    TaskDetails: {
      DisplayName: "Interop JS", Description: "Set by the JavaScript SDK.",
      WebsiteUrl: "https://example.com", LogoUrl: "https://example.com/logo.png",
      PrimarySolutionType: "SOFTWARE_PRODUCTS", IndustrySegments: ["COMPUTER_SOFTWARE"],
      TranslationSourceLocale: "en-US",
    },
  }));
  if (task.Status !== "IN_PROGRESS" || !task.TaskId.startsWith("pprofiletask-")) throw new Error(JSON.stringify(task));
  if (!(task.StartedAt instanceof Date)) throw new Error("StartedAt is not a Date");
  console.log(`OK StartProfileUpdateTask ${task.TaskId} ${task.Status}`);

  try {
    await account.send(new acct.StartProfileUpdateTaskCommand({
      Catalog: "AWS", Identifier: args.partner,
      TaskDetails: { DisplayName: "Second", Description: "x", WebsiteUrl: "https://example.com",
        LogoUrl: "https://example.com/l.png", PrimarySolutionType: "SOFTWARE_PRODUCTS",
        IndustrySegments: ["OTHER"], TranslationSourceLocale: "en-US" },
    }));
    throw new Error("expected ConflictException");
  } catch (e) {
    if (e.name !== "ConflictException") throw e;
    console.log(`OK ConflictException ${e.Reason}`);
  }
}

const created = await channel.send(new chan.CreateProgramManagementAccountCommand({
  catalog: "AWS", program: "SOLUTION_PROVIDER", displayName: "Interop JS PMA", accountId: "123456789014",
}));
const pma = created.programManagementAccountDetail;
const updated = await channel.send(new chan.UpdateProgramManagementAccountCommand({
  catalog: "AWS", identifier: pma.id, revision: "1", displayName: "JS renamed",
}));
const d = updated.programManagementAccountDetail;
if (d.revision !== "2" || d.displayName !== "JS renamed") throw new Error(JSON.stringify(d));
console.log(`OK UpdateProgramManagementAccount ${d.id} revision ${d.revision}`);
