#!/usr/bin/env python3
"""Interop check: boto3 (its own SigV4 signer and JSON protocol code) against
partnercentral-local. Completes a StartProfileUpdateTask and, after creating
a program management account, an UpdateProgramManagementAccount.

  boto3_check.py --endpoint http://127.0.0.1:PORT --partner partner-XXXX [--shared ../shared]

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
}


def data_path(shared):
    root = tempfile.mkdtemp(prefix="pc-botocore-")
    for name, version in SERVICES.items():
        src = os.path.join(os.path.abspath(shared), "models", name, version)
        dst = os.path.join(root, name, version)
        os.makedirs(dst)
        for f in os.listdir(src):
            os.symlink(os.path.join(src, f), os.path.join(dst, f))
    return root


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--partner", required=True)
    ap.add_argument("--shared", default=os.environ.get("PC_SHARED", "../shared"))
    ap.add_argument("--access-key", default="test")
    ap.add_argument("--secret-key", default="test")
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
