-- derived from the AWS service model partnercentral-benefits-2018-05-10 (its documentation, Apache-2.0, see NOTICE); changed by tools/gen-docs.lua; do not edit
-- The reference sections of doc/api/benefits.md, read by `partnercentral help`.
return {
  errors = {
    AccessDeniedException = [[
<a id="error-accessdeniedexception"></a>

### AccessDeniedException

Thrown when the caller does not have sufficient permissions to perform the requested operation.

Not retried; `err.code` is `"AccessDeniedException"`, `err.kind` is `"service"`.]],
    ConflictException = [[
<a id="error-conflictexception"></a>

### ConflictException

Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.

Not retried; `err.code` is `"ConflictException"`, `err.kind` is `"service"`.]],
    InternalServerException = [[
<a id="error-internalserverexception"></a>

### InternalServerException

Thrown when an unexpected error occurs on the server side during request processing.

Retried (transient server error); `err.code` is `"InternalServerException"`, `err.kind` is `"service"`, a server fault (HTTP 5xx).]],
    ResourceNotFoundException = [[
<a id="error-resourcenotfoundexception"></a>

### ResourceNotFoundException

Thrown when the requested resource cannot be found or does not exist.

Not retried; `err.code` is `"ResourceNotFoundException"`, `err.kind` is `"service"`.]],
    ServiceQuotaExceededException = [[
<a id="error-servicequotaexceededexception"></a>

### ServiceQuotaExceededException

Thrown when the request would exceed the service quotas or limits for the account.

Retried (the model marks it retryable); `err.code` is `"ServiceQuotaExceededException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `ResourceId`: string, **required**.
  The identifier of the resource that would exceed the quota.
- `ResourceType`: string, **required**.
  The type of the resource that would exceed the quota.
- `QuotaCode`: string, **required**.
  The code identifying the specific quota that would be exceeded.]],
    ThrottlingException = [[
<a id="error-throttlingexception"></a>

### ThrottlingException

Thrown when the request rate exceeds the allowed limits and the request is being throttled.

Retried (throttling: backoff, retry quota); `err.code` is `"ThrottlingException"`, `err.kind` is `"service"`.]],
    ValidationException = [[
<a id="error-validationexception"></a>

### ValidationException

Thrown when the request contains invalid parameters or fails input validation requirements.

Not retried; `err.code` is `"ValidationException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `Reason`: [`ValidationExceptionReason`](#shape-validationexceptionreason) (enum), **required**; one of `unknownOperation`, `cannotParse`, `fieldValidationFailed`, `other`, `BUSINESS_VALIDATION_FAILED`.
  The reason for the validation failure.
- `FieldList`: list of [`ValidationExceptionField`](#shape-validationexceptionfield).
  A list of fields that failed validation.]],
  },
  errors_of = {
    AmendBenefitApplication = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ConflictException",
      "ThrottlingException",
      "ResourceNotFoundException",
    },
    AssociateBenefitApplicationResource = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ConflictException",
      "ThrottlingException",
      "ResourceNotFoundException",
    },
    CancelBenefitApplication = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ConflictException",
      "ResourceNotFoundException",
      "ThrottlingException",
    },
    CreateBenefitApplication = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ConflictException",
      "ThrottlingException",
      "ResourceNotFoundException",
    },
    DisassociateBenefitApplicationResource = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ConflictException",
      "ThrottlingException",
      "ResourceNotFoundException",
    },
    GetBenefit = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ThrottlingException",
      "ResourceNotFoundException",
    },
    GetBenefitAllocation = {
      "AccessDeniedException",
      "ValidationException",
      "InternalServerException",
      "ResourceNotFoundException",
      "ThrottlingException",
    },
    GetBenefitApplication = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ConflictException",
      "ResourceNotFoundException",
      "ThrottlingException",
    },
    ListBenefitAllocations = {
      "AccessDeniedException",
      "ValidationException",
      "InternalServerException",
      "ResourceNotFoundException",
      "ThrottlingException",
    },
    ListBenefitApplications = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ThrottlingException",
      "ResourceNotFoundException",
    },
    ListBenefits = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ThrottlingException",
      "ResourceNotFoundException",
    },
    ListTagsForResource = {
      "AccessDeniedException",
      "ValidationException",
      "InternalServerException",
      "ThrottlingException",
      "ResourceNotFoundException",
    },
    RecallBenefitApplication = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ConflictException",
      "ThrottlingException",
      "ResourceNotFoundException",
    },
    SubmitBenefitApplication = {
      "AccessDeniedException",
      "ValidationException",
      "InternalServerException",
      "ConflictException",
      "ResourceNotFoundException",
      "ThrottlingException",
    },
    TagResource = {
      "AccessDeniedException",
      "ValidationException",
      "InternalServerException",
      "ConflictException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
      "ThrottlingException",
    },
    UntagResource = {
      "AccessDeniedException",
      "ValidationException",
      "InternalServerException",
      "ConflictException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
      "ThrottlingException",
    },
    UpdateBenefitApplication = {
      "ValidationException",
      "AccessDeniedException",
      "InternalServerException",
      "ConflictException",
      "ResourceNotFoundException",
      "ThrottlingException",
    },
  },
  operations = {
    AmendBenefitApplication = [[
## AmendBenefitApplication

Modifies an existing benefit application by applying amendments to specific fields while maintaining revision control.

- Lua: `benefits:amend_benefit_application(input)` or `benefits:call("AmendBenefitApplication", input)`
- CLI: `partnercentral benefits amend-benefit-application`

**Input** (`AmendBenefitApplicationInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog the application belongs to.
- `ClientToken` (`--client-token`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]{1,64}`.
  A unique, case-sensitive identifier to ensure idempotent processing of the amendment request.
- `Revision` (`--revision`): string, **required**.
  The current revision number of the benefit application to ensure optimistic concurrency control.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.+|benappl-[0-9a-z]{14})`.
  The unique identifier of the benefit application to be amended.
- `AmendmentReason` (`--amendment-reason`): string, **required**; length 0–1000 code points.
  A descriptive reason explaining why the benefit application is being amended.
- `Amendments` (`--amendments`): list of [`Amendment`](#shape-amendment), **required**.
  A list of specific field amendments to apply to the benefit application.

**Output** (`AmendBenefitApplicationOutput`)

No members.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.

**Example**

```lua
local result, err = benefits:amend_benefit_application{
  Catalog = "AWS",
  ClientToken = "abc",
  Revision = "Example revision",
  Identifier = "benappl-abcdefghijklmn",
  AmendmentReason = "Example amendment reason",
  Amendments = {
    { FieldPath = "Example field path", NewValue = "Example new value" },
  },
}
```]],
    AssociateBenefitApplicationResource = [[
## AssociateBenefitApplicationResource

Links an AWS resource to an existing benefit application for tracking and management purposes.

- Lua: `benefits:associate_benefit_application_resource(input)` or `benefits:call("AssociateBenefitApplicationResource", input)`
- CLI: `partnercentral benefits associate-benefit-application-resource`

**Input** (`AssociateBenefitApplicationResourceInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog the application belongs to.
- `BenefitApplicationIdentifier` (`--benefit-application-identifier`): string, **required**; pattern `(arn:.+|benappl-[0-9a-z]{14})`.
  The unique identifier of the benefit application to associate the resource with.
- `ResourceArn` (`--resource-arn`): string, **required**; length 0–1600 code points; pattern `arn:aws:([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.+)`.
  The Amazon Resource Name (ARN) of the AWS resource to associate with the benefit application.

**Output** (`AssociateBenefitApplicationResourceOutput`)

- `Id`: string; pattern `benappl-[0-9a-z]{14}`.
  The unique identifier of the benefit application after the resource association.
- `Arn`: string.
  The Amazon Resource Name (ARN) of the benefit application after the resource association.
- `Revision`: string.
  The updated revision number of the benefit application after the resource association.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.

**Example**

```lua
local result, err = benefits:associate_benefit_application_resource{
  Catalog = "AWS",
  BenefitApplicationIdentifier = "benappl-abcdefghijklmn",
  ResourceArn = "arn:aws:abc:::def",
}
```]],
    CancelBenefitApplication = [[
## CancelBenefitApplication

Cancels a benefit application that is currently in progress, preventing further processing.

- Lua: `benefits:cancel_benefit_application(input)` or `benefits:call("CancelBenefitApplication", input)`
- CLI: `partnercentral benefits cancel-benefit-application`

**Input** (`CancelBenefitApplicationInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog the application belongs to.
- `ClientToken` (`--client-token`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]{1,64}`.
  A unique, case-sensitive identifier to ensure idempotent processing of the cancellation request.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.+|benappl-[0-9a-z]{14})`.
  The unique identifier of the benefit application to cancel.
- `Reason` (`--reason`): string; length 0–1000 code points; pattern `[\s\S]{1,1000}`.
  A descriptive reason explaining why the benefit application is being cancelled.

**Output** (`CancelBenefitApplicationOutput`)

No members.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.

**Example**

```lua
local result, err = benefits:cancel_benefit_application{
  Catalog = "AWS",
  ClientToken = "abc",
  Identifier = "benappl-abcdefghijklmn",
}
```]],
    CreateBenefitApplication = [[
## CreateBenefitApplication

Creates a new benefit application for a partner to request access to AWS benefits and programs.

- Lua: `benefits:create_benefit_application(input)` or `benefits:call("CreateBenefitApplication", input)`
- CLI: `partnercentral benefits create-benefit-application`

**Input** (`CreateBenefitApplicationInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog to create the application in.
- `ClientToken` (`--client-token`): string, **required**; length 1–64 code points; pattern `[!-~]{1,64}`.
  A unique, case-sensitive identifier to ensure idempotent processing of the creation request.
- `Name` (`--name`): string; length 1–255 code points.
  A human-readable name for the benefit application.
- `Description` (`--description`): string; length 1–1000 code points.
  A detailed description of the benefit application and its intended use.
- `BenefitIdentifier` (`--benefit-identifier`): string, **required**; pattern `(arn:.+|ben-[0-9a-z]{14})`.
  The unique identifier of the benefit being requested in this application.
- `FulfillmentTypes` (`--fulfillment-types`): list of [`FulfillmentType`](#shape-fulfillmenttype) (enum).
  The types of fulfillment requested for this benefit application (e.g., credits, access, disbursement).
- `BenefitApplicationDetails` (`--benefit-application-details`): any JSON value.
  Detailed information and requirements specific to the benefit being requested.
- `Tags` (`--tags`): list of [`Tag`](#shape-tag), 0–200 entries.
  Key-value pairs to categorize and organize the benefit application.
- `AssociatedResources` (`--associated-resources`): list of string (pattern `arn:aws:([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.+)`), 0–10 entries.
  AWS resources that are associated with this benefit application.
- `PartnerContacts` (`--partner-contacts`): list of [`Contact`](#shape-contact), 0–1 entries.
  Contact information for partner representatives responsible for this benefit application.
- `FileDetails` (`--file-details`): list of [`FileInput`](#shape-fileinput), 0–30 entries.
  Supporting documents and files attached to the benefit application.

**Output** (`CreateBenefitApplicationOutput`)

- `Id`: string; pattern `benappl-[0-9a-z]{14}`.
  The unique identifier assigned to the newly created benefit application.
- `Arn`: string.
  The Amazon Resource Name (ARN) of the newly created benefit application.
- `Revision`: string.
  The initial revision number of the newly created benefit application.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.

**Example**

```lua
local result, err = benefits:create_benefit_application{
  Catalog = "AWS",
  ClientToken = "abc",
  BenefitIdentifier = "ben-abcdefghijklmn",
}
```]],
    DisassociateBenefitApplicationResource = [[
## DisassociateBenefitApplicationResource

Removes the association between an AWS resource and a benefit application.

- Lua: `benefits:disassociate_benefit_application_resource(input)` or `benefits:call("DisassociateBenefitApplicationResource", input)`
- CLI: `partnercentral benefits disassociate-benefit-application-resource`

**Input** (`DisassociateBenefitApplicationResourceInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog the application belongs to.
- `BenefitApplicationIdentifier` (`--benefit-application-identifier`): string, **required**; pattern `(arn:.+|benappl-[0-9a-z]{14})`.
  The unique identifier of the benefit application to disassociate the resource from.
- `ResourceArn` (`--resource-arn`): string, **required**; length 0–1600 code points; pattern `arn:aws:([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.+)`.
  The Amazon Resource Name (ARN) of the AWS resource to disassociate from the benefit application.

**Output** (`DisassociateBenefitApplicationResourceOutput`)

- `Id`: string; pattern `benappl-[0-9a-z]{14}`.
  The unique identifier of the benefit application after the resource disassociation.
- `Arn`: string.
  The Amazon Resource Name (ARN) of the benefit application after the resource disassociation.
- `Revision`: string.
  The updated revision number of the benefit application after the resource disassociation.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.

**Example**

```lua
local result, err = benefits:disassociate_benefit_application_resource{
  Catalog = "AWS",
  BenefitApplicationIdentifier = "benappl-abcdefghijklmn",
  ResourceArn = "arn:aws:abc:::def",
}
```]],
    GetBenefit = [[
## GetBenefit

Retrieves detailed information about a specific benefit available in the partner catalog.

- Lua: `benefits:get_benefit(input)` or `benefits:call("GetBenefit", input)`
- CLI: `partnercentral benefits get-benefit`

**Input** (`GetBenefitInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog to query.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.+|ben-[0-9a-z]{14})`.
  The unique identifier of the benefit to retrieve.

**Output** (`GetBenefitOutput`)

- `Id`: string; pattern `ben-[0-9a-z]{14}`.
  The unique identifier of the benefit.
- `Catalog`: string; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that the benefit belongs to.
- `Arn`: string.
  The Amazon Resource Name (ARN) of the benefit.
- `Name`: string; length 1–100 code points.
  The human-readable name of the benefit.
- `Description`: string; length 0–1000 code points.
  A detailed description of the benefit and its purpose.
- `Programs`: list of string (length 1–255 code points; pattern `[A-Za-z0-9_-]+`).
  The AWS partner programs that this benefit is associated with.
- `FulfillmentTypes`: list of [`FulfillmentType`](#shape-fulfillmenttype) (enum).
  The available fulfillment types for this benefit (e.g., credits, access, disbursement).
- `BenefitRequestSchema`: any JSON value.
  The schema definition that describes the required fields for requesting this benefit.
- `Status`: [`BenefitStatus`](#shape-benefitstatus) (enum); one of `ACTIVE`, `INACTIVE`.
  The current status of the benefit (e.g., active, inactive, deprecated).

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.

**Example**

```lua
local result, err = benefits:get_benefit{ Catalog = "AWS", Identifier = "ben-abcdefghijklmn" }
```]],
    GetBenefitAllocation = [[
## GetBenefitAllocation

Retrieves detailed information about a specific benefit allocation that has been granted to a partner.

- Lua: `benefits:get_benefit_allocation(input)` or `benefits:call("GetBenefitAllocation", input)`
- CLI: `partnercentral benefits get-benefit-allocation`

**Input** (`GetBenefitAllocationInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog to query.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.+|benalloc-[0-9a-z]{14})`.
  The unique identifier of the benefit allocation to retrieve.

**Output** (`GetBenefitAllocationOutput`)

- `Id`: string; pattern `benalloc-[0-9a-z]{14}`.
  The unique identifier of the benefit allocation.
- `Catalog`: string; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that the benefit allocation belongs to.
- `Arn`: string; pattern `(arn:.+benalloc-[0-9a-z]{14})`.
  The Amazon Resource Name (ARN) of the benefit allocation.
- `Name`: string.
  The human-readable name of the benefit allocation.
- `Description`: string.
  A detailed description of the benefit allocation.
- `Status`: [`BenefitAllocationStatus`](#shape-benefitallocationstatus) (enum); one of `ACTIVE`, `INACTIVE`, `FULFILLED`.
  The current status of the benefit allocation (e.g., active, expired, consumed).
- `StatusReason`: string.
  Additional information explaining the current status of the benefit allocation.
- `BenefitApplicationId`: string; pattern `benappl-[0-9a-z]{14}`.
  The identifier of the benefit application that resulted in this allocation.
- `BenefitId`: string; pattern `(arn:.+|ben-[0-9a-z]{14})`.
  The identifier of the benefit that this allocation is based on.
- `FulfillmentType`: [`FulfillmentType`](#shape-fulfillmenttype) (enum); one of `CREDITS`, `CASH`, `ACCESS`.
  The fulfillment type used for this benefit allocation.
- `ApplicableBenefitIds`: list of string (pattern `(arn:.+|ben-[0-9a-z]{14})`).
  A list of benefit identifiers that this allocation can be applied to.
- `FulfillmentDetail`: [`FulfillmentDetails`](#shape-fulfillmentdetails).
  Detailed information about how the benefit allocation is fulfilled.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit allocation was created.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit allocation was last updated.
- `StartsAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit allocation becomes active and usable.
- `ExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit allocation expires and is no longer usable.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.

**Example**

```lua
local result, err = benefits:get_benefit_allocation{ Catalog = "AWS", Identifier = "benalloc-abcdefghijklmn" }
```]],
    GetBenefitApplication = [[
## GetBenefitApplication

Retrieves detailed information about a specific benefit application.

- Lua: `benefits:get_benefit_application(input)` or `benefits:call("GetBenefitApplication", input)`
- CLI: `partnercentral benefits get-benefit-application`
- Waiter: [`BenefitApplicationReviewed`](#waiters): `benefits:wait_for("BenefitApplicationReviewed", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral benefits wait benefit-application-reviewed`
- Waiter: [`BenefitApplicationApproved`](#waiters): `benefits:wait_for("BenefitApplicationApproved", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral benefits wait benefit-application-approved`

**Input** (`GetBenefitApplicationInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog to query.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.+|benappl-[0-9a-z]{14})`.
  The unique identifier of the benefit application to retrieve.

**Output** (`GetBenefitApplicationOutput`)

- `Id`: string; pattern `benappl-[0-9a-z]{14}`.
  The unique identifier of the benefit application.
- `Arn`: string; pattern `arn:aws:([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.+)`.
  The Amazon Resource Name (ARN) of the benefit application.
- `Catalog`: string; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that the benefit application belongs to.
- `BenefitId`: string; pattern `(arn:.+|ben-[0-9a-z]{14})`.
  The identifier of the benefit being requested in this application.
- `Name`: string; length 1–255 code points.
  The human-readable name of the benefit application.
- `Description`: string; length 1–1000 code points.
  A detailed description of the benefit application.
- `FulfillmentTypes`: list of [`FulfillmentType`](#shape-fulfillmenttype) (enum).
  The fulfillment types requested for this benefit application.
- `BenefitApplicationDetails`: any JSON value.
  Detailed information and requirements specific to the benefit being requested.
- `Programs`: list of string (length 1–255 code points; pattern `[A-Za-z0-9_-]+`).
  The AWS partner programs associated with this benefit application.
- `Status`: [`BenefitApplicationStatus`](#shape-benefitapplicationstatus) (enum); one of `PENDING_SUBMISSION`, `IN_REVIEW`, `ACTION_REQUIRED`, `APPROVED`, `REJECTED`, `CANCELED`.
  The current processing status of the benefit application.
- `Stage`: string.
  The current stage in the benefit application processing workflow.
- `StatusReason`: string; length 0–1000 code points.
  Additional information explaining the current status of the benefit application.
- `StatusReasonCode`: string; length 1–255 code points.
  A standardized code representing the reason for the current status.
- `StatusReasonCodes`: list of string (length 1–255 code points), 0–5 entries.
  The list of standardized codes representing the reason for the current status.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit application was created.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit application was last updated.
- `Revision`: string.
  The current revision number of the benefit application.
- `AssociatedResources`: list of string (pattern `arn:aws:([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.+)`), 0–10 entries.
  AWS resources that are associated with this benefit application.
- `PartnerContacts`: list of [`Contact`](#shape-contact).
  Contact information for partner representatives responsible for this benefit application.
- `FileDetails`: list of [`FileDetail`](#shape-filedetail), 0–30 entries.
  Supporting documents and files attached to the benefit application.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.

**Example**

```lua
local result, err = benefits:get_benefit_application{ Catalog = "AWS", Identifier = "benappl-abcdefghijklmn" }
```]],
    ListBenefitAllocations = [[
## ListBenefitAllocations

Retrieves a paginated list of benefit allocations based on specified filter criteria.

- Lua: `benefits:list_benefit_allocations(input)` or `benefits:call("ListBenefitAllocations", input)`
- CLI: `partnercentral benefits list-benefit-allocations`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `BenefitAllocationSummaries`: `benefits:pages("ListBenefitAllocations", input)` / `benefits:items("ListBenefitAllocations", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListBenefitAllocationsInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier to filter benefit allocations by catalog.
- `FulfillmentTypes` (`--fulfillment-types`): list of [`FulfillmentType`](#shape-fulfillmenttype) (enum), 0–2 entries.
  Filter benefit allocations by specific fulfillment types.
- `BenefitIdentifiers` (`--benefit-identifiers`): list of string (pattern `(arn:.+|ben-[0-9a-z]{14})`), 0–1 entries.
  Filter benefit allocations by specific benefit identifiers.
- `BenefitApplicationIdentifiers` (`--benefit-application-identifiers`): list of string (pattern `(arn:.+|benappl-[0-9a-z]{14})`), 0–1 entries.
  Filter benefit allocations by specific benefit application identifiers.
- `Status` (`--status`): list of [`BenefitAllocationStatus`](#shape-benefitallocationstatus) (enum), 0–1 entries.
  Filter benefit allocations by their current status.
- `MaxResults` (`--max-results`): integer; range 1–100.
  The maximum number of benefit allocations to return in a single response.
- `NextToken` (`--next-token`): string; length 1–2048 code points; pattern `[\s\S]*`.
  A pagination token to retrieve the next set of results from a previous request.

**Output** (`ListBenefitAllocationsOutput`)

- `BenefitAllocationSummaries`: list of [`BenefitAllocationSummary`](#shape-benefitallocationsummary).
  A list of benefit allocation summaries matching the specified criteria.
- `NextToken`: string; length 0–2048 code points.
  A pagination token to retrieve the next set of results, if more results are available.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.

**Example**

```lua
local result, err = benefits:list_benefit_allocations{ Catalog = "AWS" }
```]],
    ListBenefitApplications = [[
## ListBenefitApplications

Retrieves a paginated list of benefit applications based on specified filter criteria.

- Lua: `benefits:list_benefit_applications(input)` or `benefits:call("ListBenefitApplications", input)`
- CLI: `partnercentral benefits list-benefit-applications`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `BenefitApplicationSummaries`: `benefits:pages("ListBenefitApplications", input)` / `benefits:items("ListBenefitApplications", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListBenefitApplicationsInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier to filter benefit applications by catalog.
- `Programs` (`--programs`): list of string (length 1–255 code points; pattern `[A-Za-z0-9_-]+`), 0–1 entries.
  Filter benefit applications by specific AWS partner programs.
- `FulfillmentTypes` (`--fulfillment-types`): list of [`FulfillmentType`](#shape-fulfillmenttype) (enum), 0–2 entries.
  Filter benefit applications by specific fulfillment types.
- `BenefitIdentifiers` (`--benefit-identifiers`): list of string (pattern `(arn:.+|ben-[0-9a-z]{14})`), 0–1 entries.
  Filter benefit applications by specific benefit identifiers.
- `Status` (`--status`): list of [`BenefitApplicationStatus`](#shape-benefitapplicationstatus) (enum), 0–1 entries.
  Filter benefit applications by their current processing status.
- `Stages` (`--stages`): list of string, 0–1 entries.
  Filter benefit applications by their current processing stage.
- `AssociatedResources` (`--associated-resources`): list of [`AssociatedResource`](#shape-associatedresource).
  Filter benefit applications by associated AWS resources.
- `AssociatedResourceArns` (`--associated-resource-arns`): list of string (pattern `arn:aws:([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.+)`).
  Filter benefit applications by specific AWS resource ARNs.
- `MaxResults` (`--max-results`): integer; range 1–100.
  The maximum number of benefit applications to return in a single response.
- `NextToken` (`--next-token`): string; length 1–2048 code points; pattern `[\s\S]*`.
  A pagination token to retrieve the next set of results from a previous request.

**Output** (`ListBenefitApplicationsOutput`)

- `BenefitApplicationSummaries`: list of [`BenefitApplicationSummary`](#shape-benefitapplicationsummary).
  A list of benefit application summaries matching the specified criteria.
- `NextToken`: string; length 0–2048 code points.
  A pagination token to retrieve the next set of results, if more results are available.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.

**Example**

```lua
local result, err = benefits:list_benefit_applications{ Catalog = "AWS" }
```]],
    ListBenefits = [[
## ListBenefits

Retrieves a paginated list of available benefits based on specified filter criteria.

- Lua: `benefits:list_benefits(input)` or `benefits:call("ListBenefits", input)`
- CLI: `partnercentral benefits list-benefits`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `BenefitSummaries`: `benefits:pages("ListBenefits", input)` / `benefits:items("ListBenefits", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListBenefitsInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier to filter benefits by catalog.
- `Programs` (`--programs`): list of string (length 1–255 code points; pattern `[A-Za-z0-9_-]+`), 0–1 entries.
  Filter benefits by specific AWS partner programs.
- `FulfillmentTypes` (`--fulfillment-types`): list of [`FulfillmentType`](#shape-fulfillmenttype) (enum), 0–2 entries.
  Filter benefits by specific fulfillment types.
- `Status` (`--status`): list of [`BenefitStatus`](#shape-benefitstatus) (enum), 0–2 entries.
  Filter benefits by their current status.
- `MaxResults` (`--max-results`): integer; range 1–100.
  The maximum number of benefits to return in a single response.
- `NextToken` (`--next-token`): string; length 1–2048 code points; pattern `[\s\S]*`.
  A pagination token to retrieve the next set of results from a previous request.

**Output** (`ListBenefitsOutput`)

- `BenefitSummaries`: list of [`BenefitSummary`](#shape-benefitsummary).
  A list of benefit summaries matching the specified criteria.
- `NextToken`: string; length 0–2048 code points.
  A pagination token to retrieve the next set of results, if more results are available.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.

**Example**

```lua
local result, err = benefits:list_benefits{ Catalog = "AWS" }
```]],
    ListTagsForResource = [[
## ListTagsForResource

Retrieves all tags associated with a specific resource.

- Lua: `benefits:list_tags_for_resource(input)` or `benefits:call("ListTagsForResource", input)`
- CLI: `partnercentral benefits list-tags-for-resource`

**Input** (`ListTagsForResourceRequest`)

- `resourceArn` (`--resource-arn`): string, **required**; length 1–1000 code points; pattern `arn:[\w+=/,.@-]+:partnercentral:[\w+=/,.@-]*:[0-9]{12}:catalog/([a-zA-Z]+)/[\w+=,.@-]+(/[\w+=,.@-]+)*`.
  The Amazon Resource Name (ARN) of the resource to list tags for.

**Output** (`ListTagsForResourceResponse`)

- `tags`: list of [`Tag`](#shape-tag).
  A list of key-value pairs representing the tags associated with the resource.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.

**Example**

```lua
local result, err = benefits:list_tags_for_resource{
  resourceArn = "arn:abc:partnercentral:def:678901234567:catalog/stu/vwx/yz0/123/456",
}
```]],
    RecallBenefitApplication = [[
## RecallBenefitApplication

Recalls a submitted benefit application, returning it to draft status for further modifications.

- Lua: `benefits:recall_benefit_application(input)` or `benefits:call("RecallBenefitApplication", input)`
- CLI: `partnercentral benefits recall-benefit-application`

**Input** (`RecallBenefitApplicationInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog the application belongs to.
- `ClientToken` (`--client-token`): string.
  A unique, case-sensitive identifier to ensure idempotent processing of the recall request.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.+|benappl-[0-9a-z]{14})`.
  The unique identifier of the benefit application to recall.
- `Reason` (`--reason`): string, **required**.
  A descriptive reason explaining why the benefit application is being recalled.

**Output** (`RecallBenefitApplicationOutput`)

No members.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.

**Example**

```lua
local result, err = benefits:recall_benefit_application{
  Catalog = "AWS",
  Identifier = "benappl-abcdefghijklmn",
  Reason = "Example reason",
}
```]],
    SubmitBenefitApplication = [[
## SubmitBenefitApplication

Submits a benefit application for review and processing by AWS.

- Lua: `benefits:submit_benefit_application(input)` or `benefits:call("SubmitBenefitApplication", input)`
- CLI: `partnercentral benefits submit-benefit-application`

**Input** (`SubmitBenefitApplicationInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog the application belongs to.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.+|benappl-[0-9a-z]{14})`.
  The unique identifier of the benefit application to submit.

**Output** (`SubmitBenefitApplicationOutput`)

No members.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.

**Example**

```lua
local result, err = benefits:submit_benefit_application{ Catalog = "AWS", Identifier = "benappl-abcdefghijklmn" }
```]],
    TagResource = [[
## TagResource

Adds or updates tags for a specified resource.

- Lua: `benefits:tag_resource(input)` or `benefits:call("TagResource", input)`
- CLI: `partnercentral benefits tag-resource`

**Input** (`TagResourceRequest`)

- `resourceArn` (`--resource-arn`): string, **required**; length 1–1000 code points; pattern `arn:[\w+=/,.@-]+:partnercentral:[\w+=/,.@-]*:[0-9]{12}:catalog/([a-zA-Z]+)/[\w+=,.@-]+(/[\w+=,.@-]+)*`.
  The Amazon Resource Name (ARN) of the resource to add tags to.
- `tags` (`--tags`): list of [`Tag`](#shape-tag), **required**.
  A list of key-value pairs to add as tags to the resource.

**Output** (`TagResourceResponse`)

No members.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): retried (the model marks it retryable). Thrown when the request would exceed the service quotas or limits for the account.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.

**Example**

```lua
local result, err = benefits:tag_resource{
  resourceArn = "arn:abc:partnercentral:def:678901234567:catalog/stu/vwx/yz0/123/456",
  tags = { { Key = "Example key", Value = "Example value" } },
}
```]],
    UntagResource = [[
## UntagResource

Removes specified tags from a resource.

- Lua: `benefits:untag_resource(input)` or `benefits:call("UntagResource", input)`
- CLI: `partnercentral benefits untag-resource`

**Input** (`UntagResourceRequest`)

- `resourceArn` (`--resource-arn`): string, **required**; length 1–1000 code points; pattern `arn:[\w+=/,.@-]+:partnercentral:[\w+=/,.@-]*:[0-9]{12}:catalog/([a-zA-Z]+)/[\w+=,.@-]+(/[\w+=,.@-]+)*`.
  The Amazon Resource Name (ARN) of the resource to remove tags from.
- `tagKeys` (`--tag-keys`): list of string (length 1–128 code points; pattern `([\p{L}\p{Z}\p{N}_.:/=+\-@]*)`), 1–50 entries, **required**.
  A list of tag keys to remove from the resource.

**Output** (`UntagResourceResponse`)

No members.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): retried (the model marks it retryable). Thrown when the request would exceed the service quotas or limits for the account.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.

**Example**

```lua
local result, err = benefits:untag_resource{
  resourceArn = "arn:abc:partnercentral:def:678901234567:catalog/stu/vwx/yz0/123/456",
  tagKeys = { "Example tag keys" },
}
```]],
    UpdateBenefitApplication = [[
## UpdateBenefitApplication

Updates an existing benefit application with new information while maintaining revision control.

- Lua: `benefits:update_benefit_application(input)` or `benefits:call("UpdateBenefitApplication", input)`
- CLI: `partnercentral benefits update-benefit-application`

**Input** (`UpdateBenefitApplicationInput`)

- `Catalog` (`--catalog`): string, **required**; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that specifies which benefit catalog the application belongs to.
- `ClientToken` (`--client-token`): string, **required**; length 1–64 code points; pattern `[!-~]{1,64}`.
  A unique, case-sensitive identifier to ensure idempotent processing of the update request.
- `Name` (`--name`): string; length 1–255 code points.
  The updated human-readable name for the benefit application.
- `Description` (`--description`): string; length 1–1000 code points.
  The updated detailed description of the benefit application.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.+|benappl-[0-9a-z]{14})`.
  The unique identifier of the benefit application to update.
- `Revision` (`--revision`): string, **required**.
  The current revision number of the benefit application to ensure optimistic concurrency control.
- `BenefitApplicationDetails` (`--benefit-application-details`): any JSON value.
  Updated detailed information and requirements specific to the benefit being requested.
- `PartnerContacts` (`--partner-contacts`): list of [`Contact`](#shape-contact), 0–1 entries.
  Updated contact information for partner representatives responsible for this benefit application.
- `FileDetails` (`--file-details`): list of [`FileInput`](#shape-fileinput), 0–30 entries.
  Updated supporting documents and files attached to the benefit application.

**Output** (`UpdateBenefitApplicationOutput`)

- `Id`: string; pattern `benappl-[0-9a-z]{14}`.
  The unique identifier of the updated benefit application.
- `Arn`: string.
  The Amazon Resource Name (ARN) of the updated benefit application.
- `Revision`: string.
  The new revision number of the benefit application after the update.

**Errors**

- [`ValidationException`](#error-validationexception): not retried. Thrown when the request contains invalid parameters or fails input validation requirements.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. Thrown when the caller does not have sufficient permissions to perform the requested operation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). Thrown when an unexpected error occurs on the server side during request processing.
- [`ConflictException`](#error-conflictexception): not retried. Thrown when the request conflicts with the current state of the resource, such as attempting to modify a resource that has been changed by another process.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. Thrown when the requested resource cannot be found or does not exist.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). Thrown when the request rate exceeds the allowed limits and the request is being throttled.

**Example**

```lua
local result, err = benefits:update_benefit_application{
  Catalog = "AWS",
  ClientToken = "abc",
  Identifier = "benappl-abcdefghijklmn",
  Revision = "Example revision",
}
```]],
  },
  overview = [[
AWS Partner Central Benefits Service provides APIs for managing partner benefits, applications, and allocations within the AWS Partner Network ecosystem.]],
  service = "benefits",
  shapes = {
    AccessDetails = [[
<a id="shape-accessdetails"></a>

### AccessDetails

Contains information about access-based benefit fulfillment, such as service permissions or feature access.

- `Description`: string.
  A description of the access privileges or permissions granted by this benefit.]],
    Amendment = [[
<a id="shape-amendment"></a>

### Amendment

Represents a specific change to be made to a benefit application field.

- `FieldPath`: string, **required**.
  The JSON path or field identifier specifying which field in the benefit application to modify.
- `NewValue`: string, **required**.
  The new value to set for the specified field in the benefit application.]],
    AssociatedResource = [[
<a id="shape-associatedresource"></a>

### AssociatedResource

Represents an AWS resource that is associated with a benefit application for tracking and management.

- `ResourceType`: [`ResourceType`](#shape-resourcetype) (enum); one of `OPPORTUNITY`, `BENEFIT_ALLOCATION`.
  The type of AWS resource (e.g., EC2 instance, S3 bucket, Lambda function).
- `ResourceIdentifier`: string.
  The unique identifier of the AWS resource within its service.
- `ResourceArn`: string; pattern `arn:aws:([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.+)`.
  The Amazon Resource Name (ARN) that uniquely identifies the AWS resource.]],
    BenefitAllocationStatus = [[
<a id="shape-benefitallocationstatus"></a>

### BenefitAllocationStatus

Enum (string): `ACTIVE`, `INACTIVE`, `FULFILLED`.]],
    BenefitAllocationSummary = [[
<a id="shape-benefitallocationsummary"></a>

### BenefitAllocationSummary

A summary view of a benefit allocation containing key information for list operations.

- `Id`: string; pattern `benalloc-[0-9a-z]{14}`.
  The unique identifier of the benefit allocation.
- `Catalog`: string; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that the benefit allocation belongs to.
- `Arn`: string.
  The Amazon Resource Name (ARN) of the benefit allocation.
- `Status`: [`BenefitAllocationStatus`](#shape-benefitallocationstatus) (enum); one of `ACTIVE`, `INACTIVE`, `FULFILLED`.
  The current status of the benefit allocation.
- `StatusReason`: string.
  Additional information explaining the current status of the benefit allocation.
- `Name`: string; length 1–255 code points.
  The human-readable name of the benefit allocation.
- `BenefitId`: string; pattern `(arn:.+|ben-[0-9a-z]{14})`.
  The identifier of the benefit that this allocation is based on.
- `BenefitApplicationId`: string; pattern `benappl-[0-9a-z]{14}`.
  The identifier of the benefit application that resulted in this allocation.
- `FulfillmentTypes`: list of [`FulfillmentType`](#shape-fulfillmenttype) (enum).
  The fulfillment types used for this benefit allocation.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit allocation was created.
- `ExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit allocation expires.
- `ApplicableBenefitIds`: list of string (pattern `(arn:.+|ben-[0-9a-z]{14})`).
  The identifiers of the benefits applicable for this allocation.]],
    BenefitApplicationStatus = [[
<a id="shape-benefitapplicationstatus"></a>

### BenefitApplicationStatus

Enum (string): `PENDING_SUBMISSION`, `IN_REVIEW`, `ACTION_REQUIRED`, `APPROVED`, `REJECTED`, `CANCELED`.]],
    BenefitApplicationSummary = [[
<a id="shape-benefitapplicationsummary"></a>

### BenefitApplicationSummary

A summary view of a benefit application containing key information for list operations.

- `Catalog`: string; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that the benefit application belongs to.
- `Name`: string; length 1–255 code points.
  The human-readable name of the benefit application.
- `Id`: string; pattern `benappl-[0-9a-z]{14}`.
  The unique identifier of the benefit application.
- `Arn`: string.
  The Amazon Resource Name (ARN) of the benefit application.
- `BenefitId`: string; pattern `(arn:.+|ben-[0-9a-z]{14})`.
  The identifier of the benefit being requested in this application.
- `Programs`: list of string (length 1–255 code points; pattern `[A-Za-z0-9_-]+`).
  The AWS partner programs associated with this benefit application.
- `FulfillmentTypes`: list of [`FulfillmentType`](#shape-fulfillmenttype) (enum).
  The fulfillment types requested for this benefit application.
- `Status`: [`BenefitApplicationStatus`](#shape-benefitapplicationstatus) (enum); one of `PENDING_SUBMISSION`, `IN_REVIEW`, `ACTION_REQUIRED`, `APPROVED`, `REJECTED`, `CANCELED`.
  The current processing status of the benefit application.
- `Stage`: string.
  The current stage in the benefit application processing workflow..
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit application was created.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the benefit application was last updated.
- `BenefitApplicationDetails`: map of string to string.
  Additional attributes and metadata associated with the benefit application.
- `AssociatedResources`: list of string (pattern `arn:aws:([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.+)`).
  AWS resources that are associated with this benefit application.]],
    BenefitStatus = [[
<a id="shape-benefitstatus"></a>

### BenefitStatus

Enum (string): `ACTIVE`, `INACTIVE`.]],
    BenefitSummary = [[
<a id="shape-benefitsummary"></a>

### BenefitSummary

A summary view of a benefit containing key information for list operations.

- `Id`: string; pattern `ben-[0-9a-z]{14}`.
  The unique identifier of the benefit.
- `Catalog`: string; pattern `[A-Za-z0-9_-]+`.
  The catalog identifier that the benefit belongs to.
- `Arn`: string.
  The Amazon Resource Name (ARN) of the benefit.
- `Name`: string; length 1–100 code points.
  The human-readable name of the benefit.
- `Description`: string; length 0–1000 code points.
  A brief description of the benefit and its purpose.
- `Programs`: list of string (length 1–255 code points; pattern `[A-Za-z0-9_-]+`).
  The AWS partner programs that this benefit is associated with.
- `FulfillmentTypes`: list of [`FulfillmentType`](#shape-fulfillmenttype) (enum).
  The available fulfillment types for this benefit.
- `Status`: [`BenefitStatus`](#shape-benefitstatus) (enum); one of `ACTIVE`, `INACTIVE`.
  The current status of the benefit.]],
    ConsumableDetails = [[
<a id="shape-consumabledetails"></a>

### ConsumableDetails

Contains information about consumable benefit fulfillment, such as usage quotas or service limits.

- `AllocatedAmount`: [`MonetaryValue`](#shape-monetaryvalue).
  The total amount of the consumable benefit that has been allocated.
- `RemainingAmount`: [`MonetaryValue`](#shape-monetaryvalue).
  The remaining amount of the consumable benefit that is still available for use.
- `UtilizedAmount`: [`MonetaryValue`](#shape-monetaryvalue).
  The amount of the consumable benefit that has already been used.
- `IssuanceDetails`: [`IssuanceDetail`](#shape-issuancedetail).
  Detailed information about how the consumable benefit was issued and distributed.]],
    Contact = [[
<a id="shape-contact"></a>

### Contact

Represents contact information for a partner representative.

- `Email`: string; length 0–80 code points; pattern ``[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?``; sensitive (redacted in debug logs).
  The email address of the contact person.
- `FirstName`: string; length 0–80 code points; sensitive (redacted in debug logs).
  The first name of the contact person.
- `LastName`: string; length 0–80 code points; sensitive (redacted in debug logs).
  The last name of the contact person.
- `BusinessTitle`: string; length 0–80 code points.
  The business title or role of the contact person within the organization.
- `Phone`: string; sensitive (redacted in debug logs).
  The phone number of the contact person.]],
    CreditCode = [[
<a id="shape-creditcode"></a>

### CreditCode

Represents an AWS credit code that can be applied to an AWS account for billing purposes.

- `AwsAccountId`: string, **required**.
  The AWS account ID that the credit code is associated with or can be applied to.
- `Value`: [`MonetaryValue`](#shape-monetaryvalue), **required**.
  The monetary value of the credit code.
- `AwsCreditCode`: string, **required**.
  The actual credit code string that can be redeemed in the AWS billing console.
- `Status`: [`BenefitAllocationStatus`](#shape-benefitallocationstatus) (enum), **required**; one of `ACTIVE`, `INACTIVE`, `FULFILLED`.
  The current status of the credit code (e.g., active, redeemed, expired).
- `IssuedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the credit code was issued.
- `ExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the credit code expires and can no longer be redeemed.]],
    CreditDetails = [[
<a id="shape-creditdetails"></a>

### CreditDetails

Contains information about credit-based benefit fulfillment, including AWS promotional credits.

- `AllocatedAmount`: [`MonetaryValue`](#shape-monetaryvalue), **required**.
  The total amount of credits that have been allocated for this benefit.
- `IssuedAmount`: [`MonetaryValue`](#shape-monetaryvalue), **required**.
  The amount of credits that have actually been issued and are available for use.
- `Codes`: list of [`CreditCode`](#shape-creditcode), **required**.
  A list of credit codes that have been generated for this benefit allocation.]],
    CurrencyCode = [[
<a id="shape-currencycode"></a>

### CurrencyCode

Enum (string): `AED`, `AMD`, `ARS`, `AUD`, `AWG`, `AZN`, `BBD`, `BDT`, `BGN`, `BMD`, `BND`, `BOB`, `BRL`, `BSD`, `BYR`, `BZD`, `CAD`, `CHF`, `CLP`, `CNY`, `COP`, `CRC`, `CZK`, `DKK`, `DOP`, `EEK`, `EGP`, `EUR`, `GBP`, `GEL`, `GHS`, `GTQ`, `GYD`, `HKD`, `HNL`, `HRK`, `HTG`, `HUF`, `IDR`, `ILS`, `INR`, `ISK`, `JMD`, `JPY`, `KES`, `KHR`, `KRW`, `KYD`, `KZT`, `LBP`, `LKR`, `LTL`, `LVL`, `MAD`, `MNT`, `MOP`, `MUR`, `MVR`, `MXN`, `MYR`, `NAD`, `NGN`, `NIO`, `NOK`, `NZD`, `PAB`, `PEN`, `PHP`, `PKR`, `PLN`, `PYG`, `QAR`, `RON`, `RUB`, `SAR`, `SEK`, `SGD`, `SIT`, `SKK`, `THB`, `TND`, `TRY`, `TTD`, `TWD`, `TZS`, `UAH`, `USD`, `UYU`, `UZS`, `VND`, `XAF`, `XCD`, `XOF`, `XPF`, `ZAR`.]],
    DisbursementDetails = [[
<a id="shape-disbursementdetails"></a>

### DisbursementDetails

Contains information about disbursement-based benefit fulfillment, such as direct payments or reimbursements.

- `DisbursedAmount`: [`MonetaryValue`](#shape-monetaryvalue).
  The total amount that has been disbursed for this benefit allocation.
- `IssuanceDetails`: [`IssuanceDetail`](#shape-issuancedetail).
  Detailed information about how the disbursement was issued and processed.]],
    FileDetail = [[
<a id="shape-filedetail"></a>

### FileDetail

Represents detailed information about a file attached to a benefit application.

- `FileURI`: string, **required**; length 1–2000 code points; pattern `(s3://|https://).*`.
  The URI or location where the file is stored.
- `BusinessUseCase`: string.
  The business purpose or use case that this file supports in the benefit application.
- `FileName`: string; length 1–255 code points.
  The original name of the uploaded file.
- `FileStatus`: string; length 1–50 code points.
  The current processing status of the file (e.g., uploaded, processing, approved, rejected).
- `FileStatusReason`: string.
  The reason for that particulat file status.
- `FileType`: [`FileType`](#shape-filetype) (enum); one of `application/msword`, `application/vnd.openxmlformats-officedocument.wordprocessingml.document`, `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, `application/vnd.openxmlformats-officedocument.presentationml.presentation`, `application/pdf`, `image/png`, `image/jpeg`, `image/svg+xml`, `text/csv`.
  The type or category of the file (e.g., document, image, spreadsheet).
- `CreatedBy`: string; length 1–255 code points.
  The identifier of the user who uploaded the file.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the file was uploaded.]],
    FileInput = [[
<a id="shape-fileinput"></a>

### FileInput

Represents input information for uploading a file to a benefit application.

- `FileURI`: string, **required**; length 1–2000 code points; pattern `(s3://|https://).*`.
  The URI or location where the file should be stored or has been uploaded.
- `BusinessUseCase`: string.
  The business purpose or use case that this file supports in the benefit application.]],
    FileType = [[
<a id="shape-filetype"></a>

### FileType

Enum (string): `application/msword`, `application/vnd.openxmlformats-officedocument.wordprocessingml.document`, `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, `application/vnd.openxmlformats-officedocument.presentationml.presentation`, `application/pdf`, `image/png`, `image/jpeg`, `image/svg+xml`, `text/csv`.]],
    FulfillmentDetails = [[
<a id="shape-fulfillmentdetails"></a>

### FulfillmentDetails

Contains comprehensive information about how a benefit allocation is fulfilled across different fulfillment types.

A union: set exactly one member.

- `DisbursementDetails`: [`DisbursementDetails`](#shape-disbursementdetails).
  Details about disbursement-based fulfillment, if applicable to this benefit allocation.
- `ConsumableDetails`: [`ConsumableDetails`](#shape-consumabledetails).
  Details about consumable-based fulfillment, if applicable to this benefit allocation.
- `CreditDetails`: [`CreditDetails`](#shape-creditdetails).
  Details about credit-based fulfillment, if applicable to this benefit allocation.
- `AccessDetails`: [`AccessDetails`](#shape-accessdetails).
  Details about access-based fulfillment, if applicable to this benefit allocation.]],
    FulfillmentType = [[
<a id="shape-fulfillmenttype"></a>

### FulfillmentType

Enum (string): `CREDITS`, `CASH`, `ACCESS`.]],
    IssuanceDetail = [[
<a id="shape-issuancedetail"></a>

### IssuanceDetail

Represents detailed information about a specific issuance of benefit value.

- `IssuanceId`: string.
  The unique identifier for this specific issuance.
- `IssuanceAmount`: [`MonetaryValue`](#shape-monetaryvalue).
  The monetary amount or value that was issued in this specific issuance.
- `IssuedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when this specific issuance was processed.]],
    MonetaryValue = [[
<a id="shape-monetaryvalue"></a>

### MonetaryValue

Represents a monetary amount with its associated currency.

- `Amount`: string, **required**.
  The numeric amount of the monetary value.
- `CurrencyCode`: [`CurrencyCode`](#shape-currencycode) (enum), **required**; one of 95 values.
  The ISO 4217 currency code (e.g., USD, EUR) for the monetary amount.]],
    ResourceType = [[
<a id="shape-resourcetype"></a>

### ResourceType

Enum (string): `OPPORTUNITY`, `BENEFIT_ALLOCATION`.]],
    Tag = [[
<a id="shape-tag"></a>

### Tag

Represents a key-value pair used for categorizing and organizing AWS resources.

- `Key`: string, **required**; length 1–128 code points; pattern `([\p{L}\p{Z}\p{N}_.:/=+\-@]*)`.
  The tag key, which acts as a category or label for the tag.
- `Value`: string, **required**; length 0–256 code points; pattern `([\p{L}\p{Z}\p{N}_.:/=+\-@]*)`.
  The tag value, which provides additional information or context for the tag key.]],
    ValidationExceptionErrorCode = [[
<a id="shape-validationexceptionerrorcode"></a>

### ValidationExceptionErrorCode

Enum (string): `REQUIRED_FIELD_MISSING`, `INVALID_ENUM_VALUE`, `INVALID_STRING_FORMAT`, `INVALID_VALUE`, `NOT_ENOUGH_VALUES`, `TOO_MANY_VALUES`, `INVALID_RESOURCE_STATE`, `DUPLICATE_KEY_VALUE`, `VALUE_OUT_OF_RANGE`, `ACTION_NOT_PERMITTED`.]],
    ValidationExceptionField = [[
<a id="shape-validationexceptionfield"></a>

### ValidationExceptionField

Represents a field-specific validation error with detailed information.

- `Name`: string, **required**.
  The name of the field that failed validation.
- `Message`: string, **required**.
  A detailed message explaining why the field validation failed.
- `Code`: [`ValidationExceptionErrorCode`](#shape-validationexceptionerrorcode) (enum); one of `REQUIRED_FIELD_MISSING`, `INVALID_ENUM_VALUE`, `INVALID_STRING_FORMAT`, `INVALID_VALUE`, `NOT_ENOUGH_VALUES`, `TOO_MANY_VALUES`, `INVALID_RESOURCE_STATE`, `DUPLICATE_KEY_VALUE`, `VALUE_OUT_OF_RANGE`, `ACTION_NOT_PERMITTED`.
  An error code explaining why the field validation failed.]],
    ValidationExceptionReason = [[
<a id="shape-validationexceptionreason"></a>

### ValidationExceptionReason

Enum (string): `unknownOperation`, `cannotParse`, `fieldValidationFailed`, `other`, `BUSINESS_VALIDATION_FAILED`.]],
  },
  shapes_of = {
    AmendBenefitApplication = { "Amendment" },
    AssociateBenefitApplicationResource = {},
    CancelBenefitApplication = {},
    CreateBenefitApplication = { "Contact", "FileInput", "FulfillmentType", "Tag" },
    DisassociateBenefitApplicationResource = {},
    GetBenefit = { "BenefitStatus", "FulfillmentType" },
    GetBenefitAllocation = {
      "AccessDetails",
      "BenefitAllocationStatus",
      "ConsumableDetails",
      "CreditCode",
      "CreditDetails",
      "CurrencyCode",
      "DisbursementDetails",
      "FulfillmentDetails",
      "FulfillmentType",
      "IssuanceDetail",
      "MonetaryValue",
    },
    GetBenefitApplication = { "BenefitApplicationStatus", "Contact", "FileDetail", "FileType", "FulfillmentType" },
    ListBenefitAllocations = { "BenefitAllocationStatus", "BenefitAllocationSummary", "FulfillmentType" },
    ListBenefitApplications = {
      "AssociatedResource",
      "BenefitApplicationStatus",
      "BenefitApplicationSummary",
      "FulfillmentType",
      "ResourceType",
    },
    ListBenefits = { "BenefitStatus", "BenefitSummary", "FulfillmentType" },
    ListTagsForResource = { "Tag" },
    RecallBenefitApplication = {},
    SubmitBenefitApplication = {},
    TagResource = { "Tag" },
    UntagResource = {},
    UpdateBenefitApplication = { "Contact", "FileInput" },
  },
  summaries = {
    AmendBenefitApplication = [[
Modifies an existing benefit application by applying amendments to specific fields while maintaining revision control.]],
    AssociateBenefitApplicationResource = [[
Links an AWS resource to an existing benefit application for tracking and management purposes.]],
    CancelBenefitApplication = [[
Cancels a benefit application that is currently in progress, preventing further processing.]],
    CreateBenefitApplication = [[
Creates a new benefit application for a partner to request access to AWS benefits and programs.]],
    DisassociateBenefitApplicationResource = [[
Removes the association between an AWS resource and a benefit application.]],
    GetBenefit = [[
Retrieves detailed information about a specific benefit available in the partner catalog.]],
    GetBenefitAllocation = [[
Retrieves detailed information about a specific benefit allocation that has been granted to a partner.]],
    GetBenefitApplication = [[
Retrieves detailed information about a specific benefit application.]],
    ListBenefitAllocations = [[
Retrieves a paginated list of benefit allocations based on specified filter criteria.]],
    ListBenefitApplications = [[
Retrieves a paginated list of benefit applications based on specified filter criteria.]],
    ListBenefits = [[
Retrieves a paginated list of available benefits based on specified filter criteria.]],
    ListTagsForResource = "Retrieves all tags associated with a specific resource.",
    RecallBenefitApplication = [[
Recalls a submitted benefit application, returning it to draft status for further modifications.]],
    SubmitBenefitApplication = [[
Submits a benefit application for review and processing by AWS.]],
    TagResource = "Adds or updates tags for a specified resource.",
    UntagResource = "Removes specified tags from a resource.",
    UpdateBenefitApplication = [[
Updates an existing benefit application with new information while maintaining revision control.]],
  },
  title = "Partner Central Benefits API",
  waiters = [[
## Waiters

The SDK's waiters poll an operation every `delay` seconds (default 2) until a final status, for at most `max_wait` seconds (default 120): success returns the last result, a failure status is a `WaiterFailure` error, running out of time a `WaiterTimeout` error.

- `BenefitApplicationReviewed`: polls [GetBenefitApplication](#getbenefitapplication) until `Status` is `ACTION_REQUIRED` or `APPROVED` or `REJECTED`; fails on `CANCELED`. `benefits:wait_for("BenefitApplicationReviewed", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral benefits wait benefit-application-reviewed`.
- `BenefitApplicationApproved`: polls [GetBenefitApplication](#getbenefitapplication) until `Status` is `APPROVED`; fails on `ACTION_REQUIRED`, `CANCELED`, `REJECTED`. `benefits:wait_for("BenefitApplicationApproved", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral benefits wait benefit-application-approved`.]],
}
