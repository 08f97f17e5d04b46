#!/usr/bin/env python3
"""Interop check: boto3 (its own SigV4 signer and JSON protocol code) against
partnercentral-local. Completes a StartProfileUpdateTask and, after creating
a program management account, an UpdateProgramManagementAccount; with
--flow selling instead: CreateOpportunity -> UpdateOpportunity (with the
LastModifiedDate it read; the stale one is a ConflictException) ->
SubmitOpportunity, then lists it back with a paginator.

  boto3_check.py --endpoint http://127.0.0.1:PORT --partner partner-XXXX [--shared ../shared]
                 [--flow account-channel|selling]

Debian's boto3 predates these services, so the models are given through
AWS_DATA_PATH: a temp folder laid out as botocore expects, whose files are
symlinks to ../shared/models (nothing is copied). Prints "OK ..." lines and
exits 0 on success.
"""
import argparse
import os
import shutil
import sys
import tempfile

SERVICES = {
    "partnercentral-account": "2025-04-04",
    "partnercentral-channel": "2024-03-18",
    "partnercentral-selling": "2022-07-26",
}


def data_path(shared, services=None):
    """AWS_DATA_PATH for the models of services ({name: version}, default
    SERVICES): a temp folder of symlinks into shared/models."""
    root = tempfile.mkdtemp(prefix="pc-botocore-")
    for name, version in (services or SERVICES).items():
        src = os.path.join(os.path.abspath(shared), "models", name, version)
        dst = os.path.join(root, name, version)
        os.makedirs(dst)
        for f in os.listdir(src):
            os.symlink(os.path.join(src, f), os.path.join(dst, f))
    return root


def selling_flow(session, endpoint, cfg):
    import botocore
    selling = session.client("partnercentral-selling", endpoint_url=endpoint, config=cfg)
    solution = selling.list_solutions(Catalog="AWS", Status=["Active"])["SolutionSummaries"][0]["Id"]
    created = selling.create_opportunity(   # ClientToken: filled in by botocore (idempotencyToken)
        Catalog="AWS", Origin="Partner Referral", OpportunityType="Net New Business",
        PartnerOpportunityIdentifier="boto3-1",
        Customer={"Account": {"CompanyName": "Interop Retail", "WebsiteUrl": "https://retail.example.com",
                              "Industry": "Retail", "Address": {"CountryCode": "US"}}},
        Project={"Title": "Interop migration", "CustomerBusinessProblem": "The data centre lease ends next year.",
                 "ExpectedCustomerSpend": [{"Amount": "1000", "CurrencyCode": "USD", "Frequency": "Monthly",
                                            "TargetCompany": "AWS"}]},
        LifeCycle={"Stage": "Prospect", "TargetCloseDate": "2027-06-30"})
    opp_id = created["Id"]
    print("OK CreateOpportunity %s (botocore %s)" % (opp_id, botocore.__version__))
    selling.associate_opportunity(Catalog="AWS", OpportunityIdentifier=opp_id, RelatedEntityType="Solutions",
                                  RelatedEntityIdentifier=solution)
    got = selling.get_opportunity(Catalog="AWS", Identifier=opp_id)
    keep = ("Customer", "Project", "LifeCycle", "OpportunityType", "PartnerOpportunityIdentifier")
    update = {k: got[k] for k in keep if k in got}
    update["Project"]["Title"] = "Interop migration (updated)"
    updated = selling.update_opportunity(Catalog="AWS", Identifier=opp_id,
                                         LastModifiedDate=got["LastModifiedDate"], **update)
    assert updated["LastModifiedDate"] > got["LastModifiedDate"], updated
    print("OK UpdateOpportunity %s" % opp_id)
    try:
        selling.update_opportunity(Catalog="AWS", Identifier=opp_id, LastModifiedDate=got["LastModifiedDate"], **update)
        raise SystemExit("expected ConflictException")
    except selling.exceptions.ConflictException as e:
        print("OK ConflictException %s" % e.response["Error"]["Code"])
    selling.submit_opportunity(Catalog="AWS", Identifier=opp_id, InvolvementType="Co-Sell", Visibility="Full")
    print("OK SubmitOpportunity %s" % opp_id)
    found = None
    pages = selling.get_paginator("list_opportunities").paginate(
        Catalog="AWS", LastModifiedDate={"AfterLastModifiedDate": created["LastModifiedDate"]},
        PaginationConfig={"PageSize": 1})
    for page in pages:
        for o in page["OpportunitySummaries"]:
            if o["Id"] == opp_id:
                found = o
    assert found is not None, "not listed"
    assert found["LifeCycle"]["ReviewStatus"] == "Submitted", found
    print("OK ListOpportunities %s %s" % (opp_id, found["LifeCycle"]["ReviewStatus"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--partner", required=True)
    ap.add_argument("--shared", default=os.environ.get("PC_SHARED", "../shared"))
    ap.add_argument("--access-key", default="test")
    ap.add_argument("--secret-key", default="test")
    ap.add_argument("--flow", default="account-channel", choices=["account-channel", "selling"])
    args = ap.parse_args()

    root = data_path(args.shared)
    os.environ["AWS_DATA_PATH"] = root
    try:
        import boto3
        import botocore
        from botocore.config import Config

        session = boto3.session.Session(
            aws_access_key_id=args.access_key, aws_secret_access_key=args.secret_key,
            region_name="us-east-1")
        cfg = Config(retries={"max_attempts": 2, "mode": "standard"})
        if args.flow == "selling":
            selling_flow(session, args.endpoint, cfg)
            return 0
        account = session.client("partnercentral-account", endpoint_url=args.endpoint, config=cfg)
        channel = session.client("partnercentral-channel", endpoint_url=args.endpoint, config=cfg)

        task = account.start_profile_update_task(
            Catalog="AWS", Identifier=args.partner,
            TaskDetails={
                "DisplayName": "Interop boto3", "Description": "Set by boto3.",
                "WebsiteUrl": "https://example.com", "LogoUrl": "https://example.com/logo.png",
                "PrimarySolutionType": "SOFTWARE_PRODUCTS",
                "IndustrySegments": ["COMPUTER_SOFTWARE"], "TranslationSourceLocale": "en-US",
            })
        assert task["Status"] == "IN_PROGRESS", task
        assert task["TaskId"].startswith("pprofiletask-"), task
        print("OK StartProfileUpdateTask %s %s (botocore %s)" % (task["TaskId"], task["Status"], botocore.__version__))

        try:
            account.start_profile_update_task(
                Catalog="AWS", Identifier=args.partner, TaskDetails=dict(
                    DisplayName="Second", Description="x", WebsiteUrl="https://example.com",
                    LogoUrl="https://example.com/l.png", PrimarySolutionType="SOFTWARE_PRODUCTS",
                    IndustrySegments=["OTHER"], TranslationSourceLocale="en-US"))
            raise SystemExit("expected ConflictException")
        except account.exceptions.ConflictException as e:
            assert e.response["Reason"] == "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE", e.response
            print("OK ConflictException %s" % e.response["Reason"])

        created = channel.create_program_management_account(
            catalog="AWS", program="SOLUTION_PROVIDER", displayName="Interop PMA", accountId="123456789012")
        pma = created["programManagementAccountDetail"]
        updated = channel.update_program_management_account(
            catalog="AWS", identifier=pma["id"], revision="1", displayName="Interop renamed")
        detail = updated["programManagementAccountDetail"]
        assert detail["revision"] == "2" and detail["displayName"] == "Interop renamed", detail
        print("OK UpdateProgramManagementAccount %s revision %s" % (detail["id"], detail["revision"]))

        try:
            channel.update_program_management_account(
                catalog="AWS", identifier=pma["id"], revision="1", displayName="Stale")
            raise SystemExit("expected ConflictException")
        except channel.exceptions.ConflictException as e:
            print("OK ConflictException resourceType=%s" % e.response["resourceType"])
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
