#!/usr/bin/env python3
"""Interop check: boto3 (its own SigV4 signer, JSON protocol code and
paginators) against partnercentral-local's Benefits API. Pages through the
benefit catalog, creates a benefit application with a document member,
reads the document back unchanged, submits the application, and gets the
service's ConflictException for a second submission.

  boto3_benefits.py --endpoint http://127.0.0.1:PORT [--shared ../shared]

The model is given through AWS_DATA_PATH (boto3_check.data_path: a temp
folder of symlinks to ../shared/models), whatever the installed botocore
knows. Prints "OK ..." lines and exits 0 on success.
"""
import argparse
import os
import shutil
import sys

from boto3_check import data_path   # this script's folder is on sys.path

NAME, VERSION = "partnercentral-benefits", "2018-05-10"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--shared", default=os.environ.get("PC_SHARED", "../shared"))
    args = ap.parse_args()

    root = data_path(args.shared, {NAME: VERSION})
    os.environ["AWS_DATA_PATH"] = root
    try:
        import boto3
        import botocore
        from botocore.config import Config

        session = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test",
                                        region_name="us-east-1")
        benefits = session.client(NAME, endpoint_url=args.endpoint,
                                  config=Config(retries={"max_attempts": 2, "mode": "standard"}))

        ids = []
        for page in benefits.get_paginator("list_benefits").paginate(Catalog="AWS", PaginationConfig={"PageSize": 2}):
            ids += [b["Id"] for b in page["BenefitSummaries"]]
        assert len(ids) == 5 and "ben-poccredits0001" in ids, ids
        print("OK ListBenefits %d benefits in pages of 2 (botocore %s)" % (len(ids), botocore.__version__))

        details = {"UseCase": "Interop boto3", "RequestedAmount": 1200, "Ratio": 0.5,
                   "Long": 9007199254740993, "Nothing": None, "List": [1, "two", {"three": [3]}], "Empty": []}
        created = benefits.create_benefit_application(
            Catalog="AWS", ClientToken="boto3-interop", BenefitIdentifier="ben-poccredits0001",
            Name="boto3 application", FulfillmentTypes=["CREDITS"], BenefitApplicationDetails=details,
            Tags=[{"Key": "sdk", "Value": "boto3"}])
        app_id = created["Id"]
        assert app_id.startswith("benappl-") and created["Revision"] == "1", created
        print("OK CreateBenefitApplication %s" % app_id)

        got = benefits.get_benefit_application(Catalog="AWS", Identifier=app_id)
        assert got["BenefitApplicationDetails"] == details, got["BenefitApplicationDetails"]
        assert got["Status"] == "PENDING_SUBMISSION", got
        print("OK GetBenefitApplication document round trip")

        benefits.submit_benefit_application(Catalog="AWS", Identifier=app_id)
        got = benefits.get_benefit_application(Catalog="AWS", Identifier=created["Arn"])
        assert got["Status"] == "IN_REVIEW", got
        print("OK SubmitBenefitApplication %s %s revision %s" % (app_id, got["Status"], got["Revision"]))

        try:
            benefits.submit_benefit_application(Catalog="AWS", Identifier=app_id)
            raise SystemExit("expected ConflictException")
        except benefits.exceptions.ConflictException as e:
            print("OK ConflictException %s" % e.response["Error"]["Message"])
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
