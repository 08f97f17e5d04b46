-- derived from the AWS service model partnercentral-account-2025-04-04 (its documentation, Apache-2.0, see NOTICE); changed by tools/gen-docs.lua; do not edit
-- The reference sections of doc/api/account.md, read by `partnercentral help`.
return {
  errors = {
    AccessDeniedException = [[
<a id="error-accessdeniedexception"></a>

### AccessDeniedException

The request was denied due to insufficient permissions. The caller does not have the required permissions to perform this operation.

Not retried; `err.code` is `"AccessDeniedException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `Reason`: [`AccessDeniedExceptionReason`](#shape-accessdeniedexceptionreason) (enum), **required**; one of `ACCESS_DENIED`, `INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE`.
  The specific reason for the access denial.]],
    ConflictException = [[
<a id="error-conflictexception"></a>

### ConflictException

The request could not be completed due to a conflict with the current state of the resource. This typically occurs when trying to create a resource that already exists or modify a resource that has been changed by another process.

Not retried; `err.code` is `"ConflictException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `Reason`: [`ConflictExceptionReason`](#shape-conflictexceptionreason) (enum), **required**; one of 13 values.
  The specific reason for the conflict.]],
    InternalServerException = [[
<a id="error-internalserverexception"></a>

### InternalServerException

An internal server error occurred while processing the request. This is typically a temporary condition and the request may be retried.

Retried (transient server error); `err.code` is `"InternalServerException"`, `err.kind` is `"service"`, a server fault (HTTP 5xx).]],
    ResourceNotFoundException = [[
<a id="error-resourcenotfoundexception"></a>

### ResourceNotFoundException

The specified resource could not be found. This may occur when referencing a resource that does not exist or has been deleted.

Not retried; `err.code` is `"ResourceNotFoundException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `Reason`: [`ResourceNotFoundExceptionReason`](#shape-resourcenotfoundexceptionreason) (enum), **required**; one of `PARTNER_NOT_FOUND`, `PARTNER_PROFILE_NOT_FOUND`, `PARTNER_PROFILE_TASK_NOT_FOUND`, `PARTNER_DOMAIN_NOT_FOUND`, `SENDER_PROFILE_NOT_FOUND`, `RECEIVER_PROFILE_NOT_FOUND`, `CONNECTION_INVITATION_NOT_FOUND`, `CONNECTION_NOT_FOUND`, `VERIFICATION_NOT_FOUND`, `QUALIFICATIONS_ASSOCIATION_TASK_NOT_FOUND`, `QUALIFICATIONS_DISASSOCIATION_TASK_NOT_FOUND`.
  The specific reason why the resource was not found.]],
    ServiceQuotaExceededException = [[
<a id="error-servicequotaexceededexception"></a>

### ServiceQuotaExceededException

The request was rejected because it would exceed a service quota or limit. This may occur when trying to create more resources than allowed by the service limits.

Not retried; `err.code` is `"ServiceQuotaExceededException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `Reason`: [`ServiceQuotaExceededExceptionReason`](#shape-servicequotaexceededexceptionreason) (enum), **required**; one of `LIMIT_EXCEEDED_NUMBER_OF_EMAIL`, `LIMIT_EXCEEDED_NUMBER_OF_DOMAIN`, `LIMIT_EXCEEDED_NUMBER_OF_CONNECTION_INVITATION_PER_DAY`, `LIMIT_EXCEEDED_NUMBER_OF_ACTIVE_CONNECTION`, `LIMIT_EXCEEDED_NUMBER_OF_OPEN_CONNECTION_INVITATION`, `LIMIT_EXCEEDED_NUMBER_OF_PROFILE_UPDATE_PER_DAY`, `LIMIT_EXCEEDED_NUMBER_OF_PROFILE_VISIBILITY_UPDATE_PER_DAY`.
  The specific reason for the service quota being exceeded.]],
    ThrottlingException = [[
<a id="error-throttlingexception"></a>

### ThrottlingException

The request was throttled due to too many requests being sent in a short period of time. The client should implement exponential backoff and retry the request.

Retried (throttling: backoff, retry quota); `err.code` is `"ThrottlingException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `ServiceCode`: string.
  The service code associated with the throttling error.
- `QuotaCode`: string.
  The quota code associated with the throttling error.]],
    ValidationException = [[
<a id="error-validationexception"></a>

### ValidationException

The request failed validation. One or more input parameters are invalid, missing, or do not meet the required format or constraints.

Not retried; `err.code` is `"ValidationException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `Reason`: [`ValidationExceptionReason`](#shape-validationexceptionreason) (enum), **required**; one of `REQUEST_VALIDATION_FAILED`, `BUSINESS_VALIDATION_FAILED`.
  The reason for the validation failure.
- `ErrorDetails`: list of [`ValidationError`](#shape-validationerror).
  A list of detailed validation errors that occurred during request processing.]],
  },
  errors_of = {
    AcceptConnectionInvitation = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ConflictException",
      "ValidationException",
      "InternalServerException",
      "ServiceQuotaExceededException",
    },
    AssociateAwsTrainingCertificationEmailDomain = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ConflictException",
      "ThrottlingException",
      "ValidationException",
      "ServiceQuotaExceededException",
    },
    CancelConnection = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ConflictException",
      "ValidationException",
      "InternalServerException",
    },
    CancelConnectionInvitation = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ConflictException",
      "ValidationException",
      "InternalServerException",
    },
    CancelProfileUpdateTask = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ConflictException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    CreateConnectionInvitation = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ConflictException",
      "ValidationException",
      "InternalServerException",
      "ServiceQuotaExceededException",
    },
    CreatePartner = {
      "AccessDeniedException",
      "ConflictException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    DisassociateAwsTrainingCertificationEmailDomain = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ConflictException",
      "ThrottlingException",
      "ValidationException",
    },
    GetAllianceLeadContact = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetConnection = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetConnectionInvitation = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetConnectionPreferences = {
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetPartner = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetProfileUpdateTask = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetProfileVisibility = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetQualificationsAssociationDetails = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetQualificationsAssociationTask = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetQualificationsDisassociationTask = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    GetVerification = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    ListConnectionInvitations = {
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    ListConnections = {
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    ListPartners = {
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    ListTagsForResource = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    PutAllianceLeadContact = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    PutProfileVisibility = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
      "ServiceQuotaExceededException",
    },
    RejectConnectionInvitation = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ConflictException",
      "ValidationException",
      "InternalServerException",
    },
    SendEmailVerificationCode = {
      "AccessDeniedException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
      "ServiceQuotaExceededException",
    },
    StartProfileUpdateTask = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ConflictException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
      "ServiceQuotaExceededException",
    },
    StartQualificationsAssociationTask = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ConflictException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    StartQualificationsDisassociationTask = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ConflictException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    },
    StartVerification = {
      "AccessDeniedException",
      "ThrottlingException",
      "ConflictException",
      "ValidationException",
      "InternalServerException",
      "ServiceQuotaExceededException",
    },
    TagResource = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ConflictException",
      "ValidationException",
      "InternalServerException",
    },
    UntagResource = {
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ThrottlingException",
      "ConflictException",
      "ValidationException",
      "InternalServerException",
    },
    UpdateConnectionPreferences = {
      "AccessDeniedException",
      "ThrottlingException",
      "ConflictException",
      "ValidationException",
      "InternalServerException",
    },
  },
  operations = {
    AcceptConnectionInvitation = [[
## AcceptConnectionInvitation

Accepts a connection invitation from another partner, establishing a formal partnership connection between the two parties.

- Lua: `account:accept_connection_invitation(input)` or `account:call("AcceptConnectionInvitation", input)`
- CLI: `partnercentral account accept-connection-invitation`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`AcceptConnectionInvitationRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation exists.
- `Identifier` (`--identifier`): string, **required**; pattern `pacinv-[A-Za-z0-9]{13}`.
  The unique identifier of the connection invitation to accept.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.

**Output** (`AcceptConnectionInvitationResponse`)

- `Connection`: [`Connection`](#shape-connection), **required**.
  The details of the accepted connection between the two partners.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. The request was rejected because it would exceed a service quota or limit.

**Example**

```lua
local result, err = account:accept_connection_invitation{ Catalog = "AWS", Identifier = "pacinv-abcdefghijklm" }
```]],
    AssociateAwsTrainingCertificationEmailDomain = [[
## AssociateAwsTrainingCertificationEmailDomain

Associates an email domain with AWS training and certification for the partner account, enabling automatic verification of employee certifications.

- Lua: `account:associate_aws_training_certification_email_domain(input)` or `account:call("AssociateAwsTrainingCertificationEmailDomain", input)`
- CLI: `partnercentral account associate-aws-training-certification-email-domain`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`AssociateAwsTrainingCertificationEmailDomainRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account.
- `ClientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
- `Email` (`--email`): string, **required**; length 1–320 code points; pattern ``[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*``.
  The email address used to verify domain ownership for AWS training and certification association.
- `EmailVerificationCode` (`--email-verification-code`): string, **required**; length exactly 6 code points; pattern `[0-9]+`; sensitive (redacted in debug logs).
  The verification code sent to the email address to confirm domain ownership.

**Output** (`AssociateAwsTrainingCertificationEmailDomainResponse`)

No members.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. The request was rejected because it would exceed a service quota or limit.

**Example**

```lua
local result, err = account:associate_aws_training_certification_email_domain{
  Catalog = "AWS",
  Identifier = "partner-abcdefghijklm",
  Email = "user@example.com",
  EmailVerificationCode = "012345",
}
```]],
    CancelConnection = [[
## CancelConnection

Cancels an existing connection between partners, terminating the partnership relationship.

- Lua: `account:cancel_connection(input)` or `account:call("CancelConnection", input)`
- CLI: `partnercentral account cancel-connection`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CancelConnectionRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection exists.
- `Identifier` (`--identifier`): string, **required**; pattern `pac-[A-Za-z0-9]{13}`.
  The unique identifier of the connection to cancel.
- `ConnectionType` (`--connection-type`): [`ConnectionType`](#shape-connectiontype) (enum), **required**; one of `OPPORTUNITY_COLLABORATION`, `SUBSIDIARY`.
  The type of connection to cancel (e.g., reseller, distributor, technology partner).
- `Reason` (`--reason`): string, **required**; length 0–256 code points.
  The reason for canceling the connection, providing context for the termination.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.

**Output** (`CancelConnectionResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection was canceled.
- `Id`: string, **required**; pattern `pac-[A-Za-z0-9]{13}`.
  The unique identifier of the canceled connection.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*::catalog/[a-zA-Z]+/connection/pac-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the canceled connection.
- `OtherParticipantAccountId`: string, **required**; pattern `[0-9]{12}`.
  The AWS account ID of the other participant in the canceled connection.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection was last updated (canceled).
- `ConnectionTypes`: map of [`ConnectionType`](#shape-connectiontype) (enum) to [`ConnectionTypeDetail`](#shape-connectiontypedetail), **required**.
  The list of connection types that were active before cancellation.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:cancel_connection{
  Catalog = "AWS",
  Identifier = "pac-abcdefghijklm",
  ConnectionType = "OPPORTUNITY_COLLABORATION",
  Reason = "Example reason",
}
```]],
    CancelConnectionInvitation = [[
## CancelConnectionInvitation

Cancels a pending connection invitation before it has been accepted or rejected.

- Lua: `account:cancel_connection_invitation(input)` or `account:call("CancelConnectionInvitation", input)`
- CLI: `partnercentral account cancel-connection-invitation`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CancelConnectionInvitationRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation exists.
- `Identifier` (`--identifier`): string, **required**; pattern `pacinv-[A-Za-z0-9]{13}`.
  The unique identifier of the connection invitation to cancel.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.

**Output** (`CancelConnectionInvitationResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation was canceled.
- `Id`: string, **required**; pattern `pacinv-[A-Za-z0-9]{13}`.
  The unique identifier of the canceled connection invitation.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the canceled connection invitation.
- `ConnectionId`: string; pattern `pac-[A-Za-z0-9]{13}`.
  The identifier of the connection associated with the canceled invitation.
- `ConnectionType`: [`ConnectionType`](#shape-connectiontype) (enum), **required**; one of `OPPORTUNITY_COLLABORATION`, `SUBSIDIARY`.
  The type of connection that was being invited for.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was originally created.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was last updated (canceled).
- `ExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the connection invitation would have expired if not canceled.
- `OtherParticipantIdentifier`: string, **required**; length 1–100 code points; pattern `[a-zA-Z0-9-]+`.
  The identifier of the other participant who was invited to connect.
- `ParticipantType`: [`ParticipantType`](#shape-participanttype) (enum), **required**; one of `SENDER`, `RECEIVER`.
  The type of participant (inviter or invitee) in the connection invitation.
- `Status`: [`InvitationStatus`](#shape-invitationstatus) (enum), **required**; one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  The current status of the connection invitation (canceled).
- `InvitationMessage`: string, **required**; length 1–256 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\n]+`.
  The message that was included with the original connection invitation.
- `InviterEmail`: string, **required**; length 1–320 code points; pattern ``[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*``.
  The email address of the person who sent the connection invitation.
- `InviterName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The name of the person who sent the connection invitation.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:cancel_connection_invitation{ Catalog = "AWS", Identifier = "pacinv-abcdefghijklm" }
```]],
    CancelProfileUpdateTask = [[
## CancelProfileUpdateTask

Cancels an in-progress profile update task, stopping any pending changes to the partner profile.

- Lua: `account:cancel_profile_update_task(input)` or `account:call("CancelProfileUpdateTask", input)`
- CLI: `partnercentral account cancel-profile-update-task`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CancelProfileUpdateTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account.
- `ClientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
- `TaskId` (`--task-id`): string, **required**; length 1–80 code points; pattern `pprofiletask-[A-Za-z0-9]{13}`.
  The unique identifier of the profile update task to cancel.

**Output** (`CancelProfileUpdateTaskResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the canceled profile update task.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the partner account.
- `TaskId`: string, **required**; length 1–80 code points; pattern `pprofiletask-[A-Za-z0-9]{13}`.
  The unique identifier of the canceled profile update task.
- `TaskDetails`: [`TaskDetails`](#shape-taskdetails), **required**.
  The details of the profile update task that was canceled.
- `StartedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the profile update task was started.
- `Status`: [`ProfileTaskStatus`](#shape-profiletaskstatus) (enum), **required**; one of `IN_PROGRESS`, `CANCELED`, `SUCCEEDED`, `FAILED`.
  The current status of the profile update task (canceled).
- `EndedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the profile update task was ended (canceled).
- `ErrorDetailList`: list of [`ErrorDetail`](#shape-errordetail), 1–50 entries.
  A list of error details if any errors occurred during the profile update task.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:cancel_profile_update_task{
  Catalog = "AWS",
  Identifier = "partner-abcdefghijklm",
  TaskId = "pprofiletask-abcdefghijklm",
}
```]],
    CreateConnectionInvitation = [[
## CreateConnectionInvitation

Creates a new connection invitation to establish a partnership with another organization.

- Lua: `account:create_connection_invitation(input)` or `account:call("CreateConnectionInvitation", input)`
- CLI: `partnercentral account create-connection-invitation`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateConnectionInvitationRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation will be created.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
- `ConnectionType` (`--connection-type`): [`ConnectionType`](#shape-connectiontype) (enum), **required**; one of `OPPORTUNITY_COLLABORATION`, `SUBSIDIARY`.
  The type of connection being requested (e.g., reseller, distributor, technology partner).
- `Email` (`--email`): string, **required**; length 1–320 code points; pattern ``[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*``.
  The email address of the person to send the connection invitation to.
- `Message` (`--message`): string, **required**; length 1–256 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\n]+`.
  A custom message to include with the connection invitation.
- `Name` (`--name`): string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The name of the person sending the connection invitation.
- `ReceiverIdentifier` (`--receiver-identifier`): string, **required**; length 1–100 code points; pattern `[a-zA-Z0-9-]+`.
  The identifier of the organization or partner to invite for connection.

**Output** (`CreateConnectionInvitationResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation was created.
- `Id`: string, **required**; pattern `pacinv-[A-Za-z0-9]{13}`.
  The unique identifier of the created connection invitation.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the created connection invitation.
- `ConnectionId`: string; pattern `pac-[A-Za-z0-9]{13}`.
  The identifier of the connection associated with this invitation.
- `ConnectionType`: [`ConnectionType`](#shape-connectiontype) (enum), **required**; one of `OPPORTUNITY_COLLABORATION`, `SUBSIDIARY`.
  The type of connection being requested in the invitation.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was created.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was last updated.
- `ExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the connection invitation will expire if not responded to.
- `OtherParticipantIdentifier`: string, **required**; length 1–100 code points; pattern `[a-zA-Z0-9-]+`.
  The identifier of the organization or partner being invited.
- `ParticipantType`: [`ParticipantType`](#shape-participanttype) (enum), **required**; one of `SENDER`, `RECEIVER`.
  The type of participant (inviter or invitee) in the connection invitation.
- `Status`: [`InvitationStatus`](#shape-invitationstatus) (enum), **required**; one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  The current status of the connection invitation (pending, accepted, rejected, etc.).
- `InvitationMessage`: string, **required**; length 1–256 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\n]+`.
  The custom message included with the connection invitation.
- `InviterEmail`: string, **required**; length 1–320 code points; pattern ``[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*``.
  The email address of the person who sent the connection invitation.
- `InviterName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The name of the person who sent the connection invitation.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. The request was rejected because it would exceed a service quota or limit.

**Example**

```lua
local result, err = account:create_connection_invitation{
  Catalog = "AWS",
  ConnectionType = "OPPORTUNITY_COLLABORATION",
  Email = "user@example.com",
  Message = "Example message",
  Name = "Example name",
  ReceiverIdentifier = "abc",
}
```]],
    CreatePartner = [[
## CreatePartner

Creates a new partner account in the AWS Partner Network with the specified details and configuration.

- Lua: `account:create_partner(input)` or `account:call("CreatePartner", input)`
- CLI: `partnercentral account create-partner`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreatePartnerRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the partner account will be created.
- `ClientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
- `LegalName` (`--legal-name`): string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The legal name of the organization becoming a partner.
- `PrimarySolutionType` (`--primary-solution-type`): [`PrimarySolutionType`](#shape-primarysolutiontype) (enum), **required**; one of `SOFTWARE_PRODUCTS`, `CONSULTING_SERVICES`, `PROFESSIONAL_SERVICES`, `MANAGED_SERVICES`, `HARDWARE_PRODUCTS`, `COMMUNICATION_SERVICES`, `VALUE_ADDED_RESALE_AWS_SERVICES`, `TRAINING_SERVICES`.
  The primary type of solution or service the partner provides (e.g., consulting, software, managed services).
- `AllianceLeadContact` (`--alliance-lead-contact`): [`AllianceLeadContact`](#shape-allianceleadcontact), **required**.
  The primary contact person for alliance and partnership matters.
- `EmailVerificationCode` (`--email-verification-code`): string, **required**; length exactly 6 code points; pattern `[0-9]+`; sensitive (redacted in debug logs).
  The verification code sent to the alliance lead contact's email to confirm account creation.
- `Tags` (`--tags`): list of [`Tag`](#shape-tag), 0–200 entries.
  A list of tags to associate with the partner account for organization and billing purposes.

**Output** (`CreatePartnerResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the partner account was created.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the created partner account.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the created partner account.
- `LegalName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The legal name of the partner organization.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the partner account was created.
- `Profile`: [`PartnerProfile`](#shape-partnerprofile), **required**.
  The partner profile information including display name, description, and other public details.
- `AwsTrainingCertificationEmailDomains`: list of [`PartnerDomain`](#shape-partnerdomain), 0–100 entries.
  The list of verified email domains associated with AWS training and certification credentials for the partner organization.
- `AllianceLeadContact`: [`AllianceLeadContact`](#shape-allianceleadcontact), **required**.
  The alliance lead contact information for the partner account.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:create_partner{
  Catalog = "AWS",
  LegalName = "Example legal name",
  PrimarySolutionType = "SOFTWARE_PRODUCTS",
  AllianceLeadContact = {
    FirstName = "Example first name",
    LastName = "Example last name",
    Email = "user@example.com",
    BusinessTitle = "Example business title",
  },
  EmailVerificationCode = "012345",
}
```]],
    DisassociateAwsTrainingCertificationEmailDomain = [[
## DisassociateAwsTrainingCertificationEmailDomain

Removes the association between an email domain and AWS training and certification for the partner account.

- Lua: `account:disassociate_aws_training_certification_email_domain(input)` or `account:call("DisassociateAwsTrainingCertificationEmailDomain", input)`
- CLI: `partnercentral account disassociate-aws-training-certification-email-domain`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`DisassociateAwsTrainingCertificationEmailDomainRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account.
- `ClientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
- `DomainName` (`--domain-name`): string, **required**; length 1–253 code points; pattern `[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*`.
  The domain name to disassociate from AWS training and certification.

**Output** (`DisassociateAwsTrainingCertificationEmailDomainResponse`)

No members.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.

**Example**

```lua
local result, err = account:disassociate_aws_training_certification_email_domain{
  Catalog = "AWS",
  Identifier = "partner-abcdefghijklm",
  DomainName = "a.b.c.d",
}
```]],
    GetAllianceLeadContact = [[
## GetAllianceLeadContact

Retrieves the alliance lead contact information for a partner account.

- Lua: `account:get_alliance_lead_contact(input)` or `account:call("GetAllianceLeadContact", input)`
- CLI: `partnercentral account get-alliance-lead-contact`

**Input** (`GetAllianceLeadContactRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account.

**Output** (`GetAllianceLeadContactResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the partner account.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the partner account.
- `AllianceLeadContact`: [`AllianceLeadContact`](#shape-allianceleadcontact), **required**.
  The alliance lead contact information including name, email, and business title.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_alliance_lead_contact{ Catalog = "AWS", Identifier = "partner-abcdefghijklm" }
```]],
    GetConnection = [[
## GetConnection

Retrieves detailed information about a specific connection between partners.

- Lua: `account:get_connection(input)` or `account:call("GetConnection", input)`
- CLI: `partnercentral account get-connection`

**Input** (`GetConnectionRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection exists.
- `Identifier` (`--identifier`): string, **required**; pattern `pac-[A-Za-z0-9]{13}`.
  The unique identifier of the connection to retrieve.

**Output** (`GetConnectionResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection exists.
- `Id`: string, **required**; pattern `pac-[A-Za-z0-9]{13}`.
  The unique identifier of the connection.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*::catalog/[a-zA-Z]+/connection/pac-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the connection.
- `OtherParticipantAccountId`: string, **required**; pattern `[0-9]{12}`.
  The AWS account ID of the other participant in the connection.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection was last updated.
- `ConnectionTypes`: map of [`ConnectionType`](#shape-connectiontype) (enum) to [`ConnectionTypeDetail`](#shape-connectiontypedetail), **required**.
  The list of connection types active between the partners.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_connection{ Catalog = "AWS", Identifier = "pac-abcdefghijklm" }
```]],
    GetConnectionInvitation = [[
## GetConnectionInvitation

Retrieves detailed information about a specific connection invitation.

- Lua: `account:get_connection_invitation(input)` or `account:call("GetConnectionInvitation", input)`
- CLI: `partnercentral account get-connection-invitation`

**Input** (`GetConnectionInvitationRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation exists.
- `Identifier` (`--identifier`): string, **required**; pattern `pacinv-[A-Za-z0-9]{13}`.
  The unique identifier of the connection invitation to retrieve.

**Output** (`GetConnectionInvitationResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation exists.
- `Id`: string, **required**; pattern `pacinv-[A-Za-z0-9]{13}`.
  The unique identifier of the connection invitation.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the connection invitation.
- `ConnectionId`: string; pattern `pac-[A-Za-z0-9]{13}`.
  The identifier of the connection associated with this invitation.
- `ConnectionType`: [`ConnectionType`](#shape-connectiontype) (enum), **required**; one of `OPPORTUNITY_COLLABORATION`, `SUBSIDIARY`.
  The type of connection being requested in the invitation.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was created.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was last updated.
- `ExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the connection invitation will expire.
- `OtherParticipantIdentifier`: string, **required**; length 1–100 code points; pattern `[a-zA-Z0-9-]+`.
  The identifier of the other participant in the connection invitation.
- `ParticipantType`: [`ParticipantType`](#shape-participanttype) (enum), **required**; one of `SENDER`, `RECEIVER`.
  The type of participant (inviter or invitee) in the connection invitation.
- `Status`: [`InvitationStatus`](#shape-invitationstatus) (enum), **required**; one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  The current status of the connection invitation.
- `InvitationMessage`: string, **required**; length 1–256 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\n]+`.
  The custom message included with the connection invitation.
- `InviterEmail`: string, **required**; length 1–320 code points; pattern ``[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*``.
  The email address of the person who sent the connection invitation.
- `InviterName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The name of the person who sent the connection invitation.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_connection_invitation{ Catalog = "AWS", Identifier = "pacinv-abcdefghijklm" }
```]],
    GetConnectionPreferences = [[
## GetConnectionPreferences

Retrieves the connection preferences for a partner account, including access settings and exclusions.

- Lua: `account:get_connection_preferences(input)` or `account:call("GetConnectionPreferences", input)`
- CLI: `partnercentral account get-connection-preferences`

**Input** (`GetConnectionPreferencesRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.

**Output** (`GetConnectionPreferencesResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*:[0-9]{12}:catalog/[a-zA-Z]+/connection-preferences`.
  The Amazon Resource Name (ARN) of the connection preferences.
- `AccessType`: [`AccessType`](#shape-accesstype) (enum), **required**; one of `ALLOW_ALL`, `DENY_ALL`, `ALLOW_BY_DEFAULT_DENY_SOME`.
  The access type setting for connections (e.g., open, restricted, invitation-only).
- `ExcludedParticipantIds`: list of string (length 1–100 code points; pattern `[a-zA-Z0-9-]+`).
  A list of participant IDs that are excluded from connection requests or interactions.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection preferences were last updated.
- `Revision`: integer (long), **required**.
  The revision number of the connection preferences for optimistic locking.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_connection_preferences{ Catalog = "AWS" }
```]],
    GetPartner = [[
## GetPartner

Retrieves detailed information about a specific partner account.

- Lua: `account:get_partner(input)` or `account:call("GetPartner", input)`
- CLI: `partnercentral account get-partner`

**Input** (`GetPartnerRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account to retrieve.

**Output** (`GetPartnerResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the partner account.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the partner account.
- `LegalName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The legal name of the partner organization.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the partner account was created.
- `Profile`: [`PartnerProfile`](#shape-partnerprofile), **required**.
  The partner profile information including display name, description, and other public details.
- `AwsTrainingCertificationEmailDomains`: list of [`PartnerDomain`](#shape-partnerdomain), 0–100 entries.
  The list of verified email domains associated with AWS training and certification credentials for the partner organization.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghijklm" }
```]],
    GetProfileUpdateTask = [[
## GetProfileUpdateTask

Retrieves information about a specific profile update task.

- Lua: `account:get_profile_update_task(input)` or `account:call("GetProfileUpdateTask", input)`
- CLI: `partnercentral account get-profile-update-task`
- Waiter: [`ProfileUpdateTaskSucceeded`](#waiters): `account:wait_for("ProfileUpdateTaskSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral account wait profile-update-task-succeeded`

**Input** (`GetProfileUpdateTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account.

**Output** (`GetProfileUpdateTaskResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the profile update task.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the partner account.
- `TaskId`: string, **required**; length 1–80 code points; pattern `pprofiletask-[A-Za-z0-9]{13}`.
  The unique identifier of the profile update task.
- `TaskDetails`: [`TaskDetails`](#shape-taskdetails), **required**.
  The details of the profile update task including what changes are being made.
- `StartedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the profile update task was started.
- `Status`: [`ProfileTaskStatus`](#shape-profiletaskstatus) (enum), **required**; one of `IN_PROGRESS`, `CANCELED`, `SUCCEEDED`, `FAILED`.
  The current status of the profile update task (in progress, completed, failed, etc.).
- `EndedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the profile update task was completed or failed.
- `ErrorDetailList`: list of [`ErrorDetail`](#shape-errordetail), 1–50 entries.
  A list of error details if any errors occurred during the profile update task.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_profile_update_task{ Catalog = "AWS", Identifier = "partner-abcdefghijklm" }
```]],
    GetProfileVisibility = [[
## GetProfileVisibility

Retrieves the visibility settings for a partner profile, determining who can see the profile information.

- Lua: `account:get_profile_visibility(input)` or `account:call("GetProfileVisibility", input)`
- CLI: `partnercentral account get-profile-visibility`

**Input** (`GetProfileVisibilityRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account.

**Output** (`GetProfileVisibilityResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the partner account.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the partner account.
- `Visibility`: [`ProfileVisibility`](#shape-profilevisibility) (enum), **required**; one of `PRIVATE`, `PUBLIC`.
  The visibility setting for the partner profile (public, private, restricted, etc.).
- `ProfileId`: string, **required**; length 1–50 code points; pattern `pprofile-[A-Za-z0-9]{13}`.
  The unique identifier of the partner profile.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_profile_visibility{ Catalog = "AWS", Identifier = "partner-abcdefghijklm" }
```]],
    GetQualificationsAssociationDetails = [[
## GetQualificationsAssociationDetails

Returns your current qualifications association status, the primary partner, and the full list of partners associated under the primary partner.

- Lua: `account:get_qualifications_association_details(input)` or `account:call("GetQualificationsAssociationDetails", input)`
- CLI: `partnercentral account get-qualifications-association-details`

**Input** (`GetQualificationsAssociationDetailsRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog in which to look up the qualifications association. Valid values: `AWS`, `Sandbox`.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  Your partner identifier. You can provide either a partner ID (for example, `partner-abc123`) or a partner ARN. You must own this identifier.

**Output** (`GetQualificationsAssociationDetailsResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier echoed from the request.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  Your unique partner identifier in the AWS Partner Network.
- `Status`: [`QualificationsAssociationStatus`](#shape-qualificationsassociationstatus) (enum), **required**; one of `ASSOCIATED`, `NOT_ASSOCIATED`.
  The current qualifications association status. Valid values: `ASSOCIATED` (the partner is associated with a primary), `NOT_ASSOCIATED` (the partner has no active association).
- `PrimaryPartner`: [`QualificationsAssociationPartner`](#shape-qualificationsassociationpartner).
  The primary partner's profile and account identifiers. This field is null when the status is `NOT_ASSOCIATED`.
- `AssociatedPartners`: list of [`QualificationsAssociationPartner`](#shape-qualificationsassociationpartner), 0–6 entries.
  The list of all partner profile and account identifiers currently associated under the primary partner. This field is null when the status is `NOT_ASSOCIATED`.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the qualifications association was last updated, in ISO 8601 format. This field is null when the status is `NOT_ASSOCIATED`.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_qualifications_association_details{ Catalog = "AWS", Identifier = "partner-abcdefghijklm" }
```]],
    GetQualificationsAssociationTask = [[
## GetQualificationsAssociationTask

Retrieves the status and details of the most recent qualifications association task for your partner account. Use this operation to poll the progress of an association task initiated by `StartQualificationsAssociationTask`.

- Lua: `account:get_qualifications_association_task(input)` or `account:call("GetQualificationsAssociationTask", input)`
- CLI: `partnercentral account get-qualifications-association-task`
- Waiter: [`QualificationsAssociationTaskSucceeded`](#waiters): `account:wait_for("QualificationsAssociationTaskSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral account wait qualifications-association-task-succeeded`

**Input** (`GetQualificationsAssociationTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog in which to look up the qualifications association task. Valid values: `AWS`, `Sandbox`.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  Your partner identifier. You can provide either a partner ID (for example, `partner-abc123`) or a partner ARN. You must own this identifier.

**Output** (`GetQualificationsAssociationTaskResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier echoed from the request.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  Your unique partner identifier in the AWS Partner Network.
- `TaskId`: string, **required**; length 1–80 code points; pattern `pqatask-[A-Za-z0-9]{13}`.
  The unique identifier of the qualifications association task, in the format `pqatask-[a-z2-7]{13}`.
- `Status`: [`QualificationsAssociationTaskStatus`](#shape-qualificationsassociationtaskstatus) (enum), **required**; one of `IN_PROGRESS`, `SUCCEEDED`.
  The current status of the qualifications association task. Valid values: `IN_PROGRESS`, `SUCCEEDED`.
- `PrimaryPartner`: [`QualificationsAssociationPartner`](#shape-qualificationsassociationpartner), **required**.
  The primary partner's profile and account identifiers that the task is associating qualifications with.
- `StartedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the qualifications association task started, in ISO 8601 format.
- `EndedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the qualifications association task ended, in ISO 8601 format. This field is present only when the status is `SUCCEEDED`.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_qualifications_association_task{ Catalog = "AWS", Identifier = "partner-abcdefghijklm" }
```]],
    GetQualificationsDisassociationTask = [[
## GetQualificationsDisassociationTask

Retrieves the status and details of the most recent qualifications disassociation task for your partner account. Use this operation to poll the progress of a disassociation task initiated by `StartQualificationsDisassociationTask`.

- Lua: `account:get_qualifications_disassociation_task(input)` or `account:call("GetQualificationsDisassociationTask", input)`
- CLI: `partnercentral account get-qualifications-disassociation-task`
- Waiter: [`QualificationsDisassociationTaskSucceeded`](#waiters): `account:wait_for("QualificationsDisassociationTaskSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral account wait qualifications-disassociation-task-succeeded`

**Input** (`GetQualificationsDisassociationTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog in which to look up the qualifications disassociation task. Valid values: `AWS`, `Sandbox`.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  Your partner identifier. You can provide either a partner ID (for example, `partner-abc123`) or a partner ARN. You must own this identifier.

**Output** (`GetQualificationsDisassociationTaskResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier echoed from the request.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  Your unique partner identifier in the AWS Partner Network.
- `TaskId`: string, **required**; length 1–80 code points; pattern `pqdtask-[A-Za-z0-9]{13}`.
  The unique identifier of the qualifications disassociation task, in the format `pqdtask-[a-z2-7]{13}`.
- `Status`: [`QualificationsDisassociationTaskStatus`](#shape-qualificationsdisassociationtaskstatus) (enum), **required**; one of `IN_PROGRESS`, `SUCCEEDED`.
  The current status of the qualifications disassociation task. Valid values: `IN_PROGRESS`, `SUCCEEDED`.
- `AssociatedPartner`: [`QualificationsAssociationPartner`](#shape-qualificationsassociationpartner), **required**.
  The primary partner's profile and account identifiers that the task is disassociating qualifications from.
- `StartedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the qualifications disassociation task started, in ISO 8601 format.
- `EndedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the qualifications disassociation task ended, in ISO 8601 format. This field is present only when the status is `SUCCEEDED`.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_qualifications_disassociation_task{ Catalog = "AWS", Identifier = "partner-abcdefghijklm" }
```]],
    GetVerification = [[
## GetVerification

Retrieves the current status and details of a verification process for a partner account. This operation allows partners to check the progress and results of business or registrant verification processes.

- Lua: `account:get_verification(input)` or `account:call("GetVerification", input)`
- CLI: `partnercentral account get-verification`
- Waiter: [`VerificationSucceeded`](#waiters): `account:wait_for("VerificationSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral account wait verification-succeeded`

**Input** (`GetVerificationRequest`)

- `VerificationType` (`--verification-type`): [`VerificationType`](#shape-verificationtype) (enum), **required**; one of `BUSINESS_VERIFICATION`, `REGISTRANT_VERIFICATION`.
  The type of verification to retrieve information for. Valid values include business verification for company registration details and registrant verification for individual identity confirmation.

**Output** (`GetVerificationResponse`)

- `VerificationType`: [`VerificationType`](#shape-verificationtype) (enum), **required**; one of `BUSINESS_VERIFICATION`, `REGISTRANT_VERIFICATION`.
  The type of verification that was requested and processed.
- `VerificationStatus`: [`VerificationStatus`](#shape-verificationstatus) (enum), **required**; one of `PENDING_CUSTOMER_ACTION`, `IN_PROGRESS`, `FAILED`, `SUCCEEDED`, `REJECTED`.
  The current status of the verification process. Possible values include pending, in-progress, completed, failed, or expired.
- `VerificationStatusReason`: string; length 1–200 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  Additional information explaining the current verification status, particularly useful when the status indicates a failure or requires additional action.
- `VerificationResponseDetails`: [`VerificationResponseDetails`](#shape-verificationresponsedetails), **required**.
  Detailed response information specific to the type of verification performed, including any verification-specific data or results.
- `StartedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the verification process was initiated.
- `CompletedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the verification process was completed. This field is null if the verification is still in progress.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:get_verification{ VerificationType = "BUSINESS_VERIFICATION" }
```]],
    ListConnectionInvitations = [[
## ListConnectionInvitations

Lists connection invitations for the partner account, with optional filtering by status, type, and other criteria.

- Lua: `account:list_connection_invitations(input)` or `account:call("ListConnectionInvitations", input)`
- CLI: `partnercentral account list-connection-invitations`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `ConnectionInvitationSummaries`: `account:pages("ListConnectionInvitations", input)` / `account:items("ListConnectionInvitations", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListConnectionInvitationsRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `NextToken` (`--next-token`): string; length 1–2048 code points; pattern `[\S]+`.
  The token for retrieving the next page of results in paginated responses.
- `ConnectionType` (`--connection-type`): [`ConnectionType`](#shape-connectiontype) (enum); one of `OPPORTUNITY_COLLABORATION`, `SUBSIDIARY`.
  Filter results by connection type (e.g., reseller, distributor, technology partner).
- `MaxResults` (`--max-results`): integer; range 1–100.
  The maximum number of connection invitations to return in a single response.
- `OtherParticipantIdentifiers` (`--other-participant-identifiers`): list of string (length 1–100 code points; pattern `[a-zA-Z0-9-]+`), 0–100 entries.
  Filter results by specific participant identifiers.
- `ParticipantType` (`--participant-type`): [`ParticipantType`](#shape-participanttype) (enum); one of `SENDER`, `RECEIVER`.
  Filter results by participant type (inviter or invitee).
- `Status` (`--status`): [`InvitationStatus`](#shape-invitationstatus) (enum); one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  Filter results by invitation status (pending, accepted, rejected, canceled, expired).

**Output** (`ListConnectionInvitationsResponse`)

- `ConnectionInvitationSummaries`: list of [`ConnectionInvitationSummary`](#shape-connectioninvitationsummary), **required**.
  A list of connection invitation summaries matching the specified criteria.
- `NextToken`: string; length 1–2048 code points; pattern `[\S]+`.
  The token for retrieving the next page of results if more results are available.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:list_connection_invitations{ Catalog = "AWS" }
```]],
    ListConnections = [[
## ListConnections

Lists active connections for the partner account, with optional filtering by connection type and participant.

- Lua: `account:list_connections(input)` or `account:call("ListConnections", input)`
- CLI: `partnercentral account list-connections`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `ConnectionSummaries`: `account:pages("ListConnections", input)` / `account:items("ListConnections", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListConnectionsRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `NextToken` (`--next-token`): string; length 1–2048 code points; pattern `[\S]+`.
  The token for retrieving the next page of results in paginated responses.
- `ConnectionType` (`--connection-type`): string; length 1–200 code points; pattern `[a-zA-Z_-]+(:[a-zA-Z]+)?`.
  Filter results by connection type (e.g., reseller, distributor, technology partner).
- `MaxResults` (`--max-results`): integer; range 1–100.
  The maximum number of connections to return in a single response.
- `OtherParticipantIdentifiers` (`--other-participant-identifiers`): list of string (length 1–100 code points; pattern `[a-zA-Z0-9-]+`), 0–100 entries.
  Filter results by specific participant identifiers.

**Output** (`ListConnectionsResponse`)

- `ConnectionSummaries`: list of [`ConnectionSummary`](#shape-connectionsummary), **required**.
  A list of connection summaries matching the specified criteria.
- `NextToken`: string; length 1–2048 code points; pattern `[\S]+`.
  The token for retrieving the next page of results if more results are available.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:list_connections{ Catalog = "AWS" }
```]],
    ListPartners = [[
## ListPartners

Lists partner accounts in the catalog, providing a summary view of all partners.

- Lua: `account:list_partners(input)` or `account:call("ListPartners", input)`
- CLI: `partnercentral account list-partners`
- Paginated: `NextToken` in, `NextToken` out, items in `PartnerSummaryList`: `account:pages("ListPartners", input)` / `account:items("ListPartners", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListPartnersRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier to list partners from.
- `NextToken` (`--next-token`): string; length 1–2048 code points; pattern `[\S]+`.
  The token for retrieving the next page of results in paginated responses.

**Output** (`ListPartnersResponse`)

- `PartnerSummaryList`: list of [`PartnerSummary`](#shape-partnersummary), 0–50 entries, **required**.
  A list of partner summaries including basic information about each partner account.
- `NextToken`: string; length 1–2048 code points; pattern `[\S]+`.
  The token for retrieving the next page of results if more results are available.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:list_partners{ Catalog = "AWS" }
```]],
    ListTagsForResource = [[
## ListTagsForResource

Lists all tags associated with a specific AWS Partner Central Account resource.

- Lua: `account:list_tags_for_resource(input)` or `account:call("ListTagsForResource", input)`
- CLI: `partnercentral account list-tags-for-resource`

**Input** (`ListTagsForResourceRequest`)

- `ResourceArn` (`--resource-arn`): string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+`.
  The Amazon Resource Name (ARN) of the resource to list tags for.

**Output** (`ListTagsForResourceResponse`)

- `ResourceArn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+`.
  The Amazon Resource Name (ARN) of the resource that the tags are associated with.
- `Tags`: list of [`Tag`](#shape-tag), 0–200 entries.
  A list of tags associated with the specified resource.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:list_tags_for_resource{ ResourceArn = "arn:abc:partnercentral:def:678901234567:stu" }
```]],
    PutAllianceLeadContact = [[
## PutAllianceLeadContact

Creates or updates the alliance lead contact information for a partner account.

- Lua: `account:put_alliance_lead_contact(input)` or `account:call("PutAllianceLeadContact", input)`
- CLI: `partnercentral account put-alliance-lead-contact`

**Input** (`PutAllianceLeadContactRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account.
- `AllianceLeadContact` (`--alliance-lead-contact`): [`AllianceLeadContact`](#shape-allianceleadcontact), **required**.
  The alliance lead contact information to set for the partner account.
- `EmailVerificationCode` (`--email-verification-code`): string; length exactly 6 code points; pattern `[0-9]+`; sensitive (redacted in debug logs).
  The verification code sent to the alliance lead contact's email to confirm the update.

**Output** (`PutAllianceLeadContactResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the partner account.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the partner account.
- `AllianceLeadContact`: [`AllianceLeadContact`](#shape-allianceleadcontact), **required**.
  The updated alliance lead contact information.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:put_alliance_lead_contact{
  Catalog = "AWS",
  Identifier = "partner-abcdefghijklm",
  AllianceLeadContact = {
    FirstName = "Example first name",
    LastName = "Example last name",
    Email = "user@example.com",
    BusinessTitle = "Example business title",
  },
}
```]],
    PutProfileVisibility = [[
## PutProfileVisibility

Sets the visibility level for a partner profile, controlling who can view the profile information.

- Lua: `account:put_profile_visibility(input)` or `account:call("PutProfileVisibility", input)`
- CLI: `partnercentral account put-profile-visibility`

**Input** (`PutProfileVisibilityRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account.
- `Visibility` (`--visibility`): [`ProfileVisibility`](#shape-profilevisibility) (enum), **required**; one of `PRIVATE`, `PUBLIC`.
  The visibility setting to apply to the partner profile.

**Output** (`PutProfileVisibilityResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the partner account.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the partner account.
- `Visibility`: [`ProfileVisibility`](#shape-profilevisibility) (enum), **required**; one of `PRIVATE`, `PUBLIC`.
  The updated visibility setting for the partner profile.
- `ProfileId`: string, **required**; length 1–50 code points; pattern `pprofile-[A-Za-z0-9]{13}`.
  The unique identifier of the partner profile.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. The request was rejected because it would exceed a service quota or limit.

**Example**

```lua
local result, err = account:put_profile_visibility{
  Catalog = "AWS",
  Identifier = "partner-abcdefghijklm",
  Visibility = "PRIVATE",
}
```]],
    RejectConnectionInvitation = [[
## RejectConnectionInvitation

Rejects a connection invitation from another partner, declining the partnership request.

- Lua: `account:reject_connection_invitation(input)` or `account:call("RejectConnectionInvitation", input)`
- CLI: `partnercentral account reject-connection-invitation`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`RejectConnectionInvitationRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation exists.
- `Identifier` (`--identifier`): string, **required**; pattern `pacinv-[A-Za-z0-9]{13}`.
  The unique identifier of the connection invitation to reject.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
- `Reason` (`--reason`): string; length 0–256 code points.
  The reason for rejecting the connection invitation.

**Output** (`RejectConnectionInvitationResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation was rejected.
- `Id`: string, **required**; pattern `pacinv-[A-Za-z0-9]{13}`.
  The unique identifier of the rejected connection invitation.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the rejected connection invitation.
- `ConnectionId`: string; pattern `pac-[A-Za-z0-9]{13}`.
  The identifier of the connection associated with the rejected invitation.
- `ConnectionType`: [`ConnectionType`](#shape-connectiontype) (enum), **required**; one of `OPPORTUNITY_COLLABORATION`, `SUBSIDIARY`.
  The type of connection that was being invited for.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was originally created.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was last updated (rejected).
- `ExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the connection invitation would have expired.
- `OtherParticipantIdentifier`: string, **required**; length 1–100 code points; pattern `[a-zA-Z0-9-]+`.
  The identifier of the other participant who sent the invitation.
- `ParticipantType`: [`ParticipantType`](#shape-participanttype) (enum), **required**; one of `SENDER`, `RECEIVER`.
  The type of participant (inviter or invitee) in the connection invitation.
- `Status`: [`InvitationStatus`](#shape-invitationstatus) (enum), **required**; one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  The current status of the connection invitation (rejected).
- `InvitationMessage`: string, **required**; length 1–256 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\n]+`.
  The message that was included with the original connection invitation.
- `InviterEmail`: string, **required**; length 1–320 code points; pattern ``[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*``.
  The email address of the person who sent the connection invitation.
- `InviterName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The name of the person who sent the connection invitation.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:reject_connection_invitation{ Catalog = "AWS", Identifier = "pacinv-abcdefghijklm" }
```]],
    SendEmailVerificationCode = [[
## SendEmailVerificationCode

Sends an email verification code to the specified email address for account verification purposes.

- Lua: `account:send_email_verification_code(input)` or `account:call("SendEmailVerificationCode", input)`
- CLI: `partnercentral account send-email-verification-code`

**Input** (`SendEmailVerificationCodeRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Email` (`--email`): string, **required**; length 1–320 code points; pattern ``[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*``.
  The email address to send the verification code to.

**Output** (`SendEmailVerificationCodeResponse`)

No members.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. The request was rejected because it would exceed a service quota or limit.

**Example**

```lua
local result, err = account:send_email_verification_code{ Catalog = "AWS", Email = "user@example.com" }
```]],
    StartProfileUpdateTask = [[
## StartProfileUpdateTask

Initiates a profile update task to modify partner profile information asynchronously.

- Lua: `account:start_profile_update_task(input)` or `account:call("StartProfileUpdateTask", input)`
- CLI: `partnercentral account start-profile-update-task`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`StartProfileUpdateTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  The unique identifier of the partner account.
- `ClientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
- `TaskDetails` (`--task-details`): [`TaskDetails`](#shape-taskdetails), **required**.
  The details of the profile updates to be performed.

**Output** (`StartProfileUpdateTaskResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the started profile update task.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the partner account.
- `TaskId`: string, **required**; length 1–80 code points; pattern `pprofiletask-[A-Za-z0-9]{13}`.
  The unique identifier of the started profile update task.
- `TaskDetails`: [`TaskDetails`](#shape-taskdetails), **required**.
  The details of the profile update task that was started.
- `StartedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the profile update task was started.
- `Status`: [`ProfileTaskStatus`](#shape-profiletaskstatus) (enum), **required**; one of `IN_PROGRESS`, `CANCELED`, `SUCCEEDED`, `FAILED`.
  The current status of the profile update task (in progress).
- `EndedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the profile update task ended (null for in-progress tasks).
- `ErrorDetailList`: list of [`ErrorDetail`](#shape-errordetail), 1–50 entries.
  A list of error details if any errors occurred during the profile update task.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. The request was rejected because it would exceed a service quota or limit.

**Example**

```lua
local result, err = account:start_profile_update_task{
  Catalog = "AWS",
  Identifier = "partner-abcdefghijklm",
  TaskDetails = {
    DisplayName = "Example display name",
    Description = "Example description",
    WebsiteUrl = "https://example.com",
    LogoUrl = "https://example.com",
    PrimarySolutionType = "SOFTWARE_PRODUCTS",
    IndustrySegments = { "AGRICULTURE_MINING" },
    TranslationSourceLocale = "en-US",
  },
}
```]],
    StartQualificationsAssociationTask = [[
## StartQualificationsAssociationTask

Initiates an asynchronous task to associate your partner qualifications with a primary account. You must be a subsidiary of the primary account with an active subsidiary connection. Use `GetQualificationsAssociationTask` to monitor task progress.

- Lua: `account:start_qualifications_association_task(input)` or `account:call("StartQualificationsAssociationTask", input)`
- CLI: `partnercentral account start-qualifications-association-task`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`StartQualificationsAssociationTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog in which to perform the qualifications association. Valid values: `AWS`, `Sandbox`.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  Your partner identifier. You can provide either a partner ID (for example, `partner-abc123`) or a partner ARN. You must own this identifier.
- `ClientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
- `PrimaryPartner` (`--primary-partner`): [`QualificationsAssociationPartner`](#shape-qualificationsassociationpartner), **required**.
  The primary (acquiring) partner's profile and account identifier to associate qualifications with. You must provide at least one of `ProfileId` or `AccountId`. You cannot specify yourself as the primary partner.

**Output** (`StartQualificationsAssociationTaskResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier echoed from the request.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  Your unique partner identifier in the AWS Partner Network.
- `TaskId`: string, **required**; length 1–80 code points; pattern `pqatask-[A-Za-z0-9]{13}`.
  The unique identifier of the started qualifications association task, in the format `pqatask-[a-z2-7]{13}`.
- `Status`: [`QualificationsAssociationTaskStatus`](#shape-qualificationsassociationtaskstatus) (enum), **required**; one of `IN_PROGRESS`, `SUCCEEDED`.
  The current status of the qualifications association task. The initial value is `IN_PROGRESS`.
- `PrimaryPartner`: [`QualificationsAssociationPartner`](#shape-qualificationsassociationpartner), **required**.
  The resolved primary partner's profile and account identifiers, including both `ProfileId` and `AccountId`.
- `StartedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the qualifications association task started, in ISO 8601 format.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:start_qualifications_association_task{
  Catalog = "AWS",
  Identifier = "partner-abcdefghijklm",
  PrimaryPartner = { ProfileId = "pprofile-abcdefghijklm" },
}
```]],
    StartQualificationsDisassociationTask = [[
## StartQualificationsDisassociationTask

Initiates an asynchronous task to disassociate your partner qualifications from a primary account. You must currently be associated and cannot disassociate if you are the primary partner. Use `GetQualificationsDisassociationTask` to monitor task progress.

- Lua: `account:start_qualifications_disassociation_task(input)` or `account:call("StartQualificationsDisassociationTask", input)`
- CLI: `partnercentral account start-qualifications-disassociation-task`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`StartQualificationsDisassociationTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog in which to perform the qualifications disassociation. Valid values: `AWS`, `Sandbox`.
- `Identifier` (`--identifier`): string, **required**; length 1–200 code points; pattern `(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})`.
  Your partner identifier. You can provide either a partner ID (for example, `partner-abc123`) or a partner ARN. You must own this identifier.
- `ClientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
- `AssociatedPartner` (`--associated-partner`): [`QualificationsAssociationPartner`](#shape-qualificationsassociationpartner), **required**.
  The primary partner's profile and account identifier that you are currently associated with and will disassociate from. You must provide at least one of `ProfileId` or `AccountId`. The specified partner must match your current primary association.

**Output** (`StartQualificationsDisassociationTaskResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier echoed from the request.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  Your unique partner identifier in the AWS Partner Network.
- `TaskId`: string, **required**; length 1–80 code points; pattern `pqdtask-[A-Za-z0-9]{13}`.
  The unique identifier of the started qualifications disassociation task, in the format `pqdtask-[a-z2-7]{13}`.
- `Status`: [`QualificationsDisassociationTaskStatus`](#shape-qualificationsdisassociationtaskstatus) (enum), **required**; one of `IN_PROGRESS`, `SUCCEEDED`.
  The current status of the qualifications disassociation task. The initial value is `IN_PROGRESS`.
- `AssociatedPartner`: [`QualificationsAssociationPartner`](#shape-qualificationsassociationpartner), **required**.
  The resolved primary partner's profile and account identifiers that the task is disassociating qualifications from.
- `StartedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the qualifications disassociation task started, in ISO 8601 format.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:start_qualifications_disassociation_task{
  Catalog = "AWS",
  Identifier = "partner-abcdefghijklm",
  AssociatedPartner = { ProfileId = "pprofile-abcdefghijklm" },
}
```]],
    StartVerification = [[
## StartVerification

Initiates a new verification process for a partner account. This operation begins the verification workflow for either business registration or individual registrant identity verification as required by AWS Partner Central.

- Lua: `account:start_verification(input)` or `account:call("StartVerification", input)`
- CLI: `partnercentral account start-verification`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`StartVerificationRequest`)

- `ClientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[A-Za-z0-9-_]+`.
  A unique, case-sensitive identifier that you provide to ensure the idempotency of the request. This prevents duplicate verification processes from being started accidentally.
- `VerificationDetails` (`--verification-details`): [`VerificationDetails`](#shape-verificationdetails).
  The specific details required for the verification process, including business information for business verification or personal information for registrant verification.

**Output** (`StartVerificationResponse`)

- `VerificationType`: [`VerificationType`](#shape-verificationtype) (enum), **required**; one of `BUSINESS_VERIFICATION`, `REGISTRANT_VERIFICATION`.
  The type of verification that was started based on the provided verification details.
- `VerificationStatus`: [`VerificationStatus`](#shape-verificationstatus) (enum), **required**; one of `PENDING_CUSTOMER_ACTION`, `IN_PROGRESS`, `FAILED`, `SUCCEEDED`, `REJECTED`.
  The initial status of the verification process after it has been started. Typically this will be pending or in-progress.
- `VerificationStatusReason`: string; length 1–200 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  Additional information about the initial verification status, including any immediate feedback about the submitted verification details.
- `VerificationResponseDetails`: [`VerificationResponseDetails`](#shape-verificationresponsedetails), **required**.
  Initial response details specific to the type of verification started, which may include next steps or additional requirements.
- `StartedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the verification process was successfully initiated.
- `CompletedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the verification process was completed. This field is typically null for newly started verifications unless they complete immediately.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. The request was rejected because it would exceed a service quota or limit.

**Example**

```lua
local result, err = account:start_verification()
```]],
    TagResource = [[
## TagResource

Adds or updates tags for a specified AWS Partner Central Account resource.

- Lua: `account:tag_resource(input)` or `account:call("TagResource", input)`
- CLI: `partnercentral account tag-resource`

**Input** (`TagResourceRequest`)

- `ResourceArn` (`--resource-arn`): string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+`.
  The Amazon Resource Name (ARN) of the resource to tag.
- `Tags` (`--tags`): list of [`Tag`](#shape-tag), 0–200 entries, **required**.
  A list of tags to add or update for the specified resource.

**Output** (`TagResourceResponse`)

No members.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:tag_resource{
  ResourceArn = "arn:abc:partnercentral:def:678901234567:stu",
  Tags = { { Key = "Example key", Value = "Example value" } },
}
```]],
    UntagResource = [[
## UntagResource

Removes specified tags from an AWS Partner Central Account resource.

- Lua: `account:untag_resource(input)` or `account:call("UntagResource", input)`
- CLI: `partnercentral account untag-resource`

**Input** (`UntagResourceRequest`)

- `ResourceArn` (`--resource-arn`): string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+`.
  The Amazon Resource Name (ARN) of the resource to remove tags from.
- `TagKeys` (`--tag-keys`): list of string (length 1–128 code points), 0–50 entries, **required**.
  A list of tag keys to remove from the specified resource.

**Output** (`UntagResourceResponse`)

No members.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource could not be found.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:untag_resource{
  ResourceArn = "arn:abc:partnercentral:def:678901234567:stu",
  TagKeys = { "Example tag keys" },
}
```]],
    UpdateConnectionPreferences = [[
## UpdateConnectionPreferences

Updates the connection preferences for a partner account, modifying access settings and exclusions.

- Lua: `account:update_connection_preferences(input)` or `account:call("UpdateConnectionPreferences", input)`
- CLI: `partnercentral account update-connection-preferences`

**Input** (`UpdateConnectionPreferencesRequest`)

- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Revision` (`--revision`): integer (long), **required**.
  The revision number of the connection preferences for optimistic locking.
- `AccessType` (`--access-type`): [`AccessType`](#shape-accesstype) (enum), **required**; one of `ALLOW_ALL`, `DENY_ALL`, `ALLOW_BY_DEFAULT_DENY_SOME`.
  The access type setting for connections (e.g., open, restricted, invitation-only).
- `ExcludedParticipantIdentifiers` (`--excluded-participant-identifiers`): list of string (length 1–100 code points; pattern `[a-zA-Z0-9-]+`), 0–100 entries.
  The updated list of participant identifiers to exclude from connections.

**Output** (`UpdateConnectionPreferencesResponse`)

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*:[0-9]{12}:catalog/[a-zA-Z]+/connection-preferences`.
  The Amazon Resource Name (ARN) of the updated connection preferences.
- `AccessType`: [`AccessType`](#shape-accesstype) (enum), **required**; one of `ALLOW_ALL`, `DENY_ALL`, `ALLOW_BY_DEFAULT_DENY_SOME`.
  The updated access type setting for connections.
- `ExcludedParticipantIds`: list of string (length 1–100 code points; pattern `[a-zA-Z0-9-]+`).
  A list of participant IDs that are excluded from connection requests or interactions.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection preferences were last updated.
- `Revision`: integer (long), **required**.
  The updated revision number of the connection preferences.

**Errors**

- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period of time.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.

**Example**

```lua
local result, err = account:update_connection_preferences{ Catalog = "AWS", Revision = 1, AccessType = "ALLOW_ALL" }
```]],
  },
  overview = [[
AWS Partner Central Account service provides APIs for managing partner accounts, connections, and profiles within the AWS Partner Network. This service enables partners to create and manage their partner profiles, establish connections with other partners, and maintain their account information.]],
  service = "account",
  shapes = {
    AccessDeniedExceptionReason = [[
<a id="shape-accessdeniedexceptionreason"></a>

### AccessDeniedExceptionReason

Enum (string): `ACCESS_DENIED`, `INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE`.]],
    AccessType = [[
<a id="shape-accesstype"></a>

### AccessType

Enum (string): `ALLOW_ALL`, `DENY_ALL`, `ALLOW_BY_DEFAULT_DENY_SOME`.]],
    AccountSummary = [[
<a id="shape-accountsummary"></a>

### AccountSummary

Summary information about an AWS account.

- `Name`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  The name associated with the AWS account.]],
    AllianceLeadContact = [[
<a id="shape-allianceleadcontact"></a>

### AllianceLeadContact

Contains contact information for the primary alliance lead responsible for partnership activities.

- `FirstName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The first name of the alliance lead contact person.
- `LastName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The last name of the alliance lead contact person.
- `Email`: string, **required**; length 1–320 code points; pattern ``[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*``.
  The email address of the alliance lead contact person.
- `BusinessTitle`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The business title or role of the alliance lead contact person.]],
    BusinessValidationCode = [[
<a id="shape-businessvalidationcode"></a>

### BusinessValidationCode

Enum (string): `INCOMPATIBLE_CONNECTION_INVITATION_REQUEST`, `INCOMPATIBLE_LEGAL_NAME`, `INCOMPATIBLE_KNOW_YOUR_BUSINESS_STATUS`, `INCOMPATIBLE_IDENTITY_VERIFICATION_STATUS`, `INVALID_ACCOUNT_LINKING_STATUS`, `INVALID_ACCOUNT_STATE`, `INCOMPATIBLE_DOMAIN`, `INELIGIBLE_ACCOUNT_TIER`, `MISSING_ACTIVE_SUBSIDIARY_CONNECTION`, `INCOMPATIBLE_SUBSIDIARY_CONNECTION`, `INCOMPATIBLE_PRIMARY_PARTNER`, `QUALIFICATIONS_ASSOCIATION_LIMIT_EXCEEDED`, `QUALIFICATIONS_ASSOCIATION_NOT_FOUND`, `QUALIFICATIONS_ASSOCIATION_EXISTS`.]],
    BusinessValidationError = [[
<a id="shape-businessvalidationerror"></a>

### BusinessValidationError

Contains information about a business rule validation error that occurred during an operation.

- `Message`: string, **required**.
  A description of the business validation error.
- `Code`: [`BusinessValidationCode`](#shape-businessvalidationcode) (enum), **required**; one of 14 values.
  A code identifying the specific business validation error.]],
    BusinessVerificationDetails = [[
<a id="shape-businessverificationdetails"></a>

### BusinessVerificationDetails

Contains the business information required for verifying a company's legal status and registration details within AWS Partner Central.

- `LegalName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The official legal name of the business as registered with the appropriate government authorities.
- `RegistrationId`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The unique business registration identifier assigned by the government or regulatory authority, such as a company registration number or tax identification number.
- `CountryCode`: string, **required**; length exactly 2 code points; pattern `[A-Z]{2}`.
  The ISO 3166-1 alpha-2 country code where the business is legally registered and operates.
- `JurisdictionOfIncorporation`: string; length exactly 2 code points; pattern `[A-Z0-9]{2}`.
  The specific legal jurisdiction or state where the business was incorporated or registered, providing additional location context beyond the country code.]],
    BusinessVerificationResponse = [[
<a id="shape-businessverificationresponse"></a>

### BusinessVerificationResponse

Contains the response information and results from a business verification process, including any verification-specific data returned by the verification service.

- `BusinessVerificationDetails`: [`BusinessVerificationDetails`](#shape-businessverificationdetails), **required**.
  The business verification details that were processed and verified, potentially including additional information discovered during the verification process.
- `CompletionUrl`: string.
  A secure URL where the registrant can complete additional verification steps, such as document upload or identity confirmation through a third-party verification service.
- `CompletionUrlExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the completion URL expires and is no longer valid for accessing the verification workflow.]],
    ConflictExceptionReason = [[
<a id="shape-conflictexceptionreason"></a>

### ConflictExceptionReason

Enum (string): `CONFLICT_CLIENT_TOKEN`, `DUPLICATE_PARTNER`, `INCOMPATIBLE_PROFILE_STATE`, `INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE`, `DUPLICATE_CONNECTION_INVITATION`, `INCOMPATIBLE_CONNECTION_INVITATION_STATE`, `INCOMPATIBLE_CONNECTION_INVITATION_RECEIVER`, `DUPLICATE_CONNECTION`, `INCOMPATIBLE_CONNECTION_STATE`, `INCOMPATIBLE_CONNECTION_PREFERENCES_REVISION`, `ACCOUNT_ALREADY_VERIFIED`, `VERIFICATION_ALREADY_IN_PROGRESS`, `INCOMPATIBLE_QUALIFICATIONS_ASSOCIATION_TASK_STATE`.]],
    Connection = [[
<a id="shape-connection"></a>

### Connection

Base structure containing common connection properties.

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier that the connection belongs to.
- `Id`: string, **required**; pattern `pac-[A-Za-z0-9]{13}`.
  The unique identifier of the connection.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*::catalog/[a-zA-Z]+/connection/pac-[A-Za-z0-9]{13}`.
  The AWS Resource Name (ARN) of the connection.
- `OtherParticipantAccountId`: string, **required**; pattern `[0-9]{12}`.
  The AWS account ID of the other participant in the connection.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection was last updated.
- `ConnectionTypes`: map of [`ConnectionType`](#shape-connectiontype) (enum) to [`ConnectionTypeDetail`](#shape-connectiontypedetail), **required**.
  The type of connection.]],
    ConnectionInvitationSummary = [[
<a id="shape-connectioninvitationsummary"></a>

### ConnectionInvitationSummary

A summary view of a connection invitation containing key information without full details.

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection invitation exists.
- `Id`: string, **required**; pattern `pacinv-[A-Za-z0-9]{13}`.
  The unique identifier of the connection invitation.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the connection invitation.
- `ConnectionId`: string; pattern `pac-[A-Za-z0-9]{13}`.
  The identifier of the connection associated with this invitation.
- `ConnectionType`: [`ConnectionType`](#shape-connectiontype) (enum), **required**; one of `OPPORTUNITY_COLLABORATION`, `SUBSIDIARY`.
  The type of connection being requested in the invitation.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was created.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection invitation was last updated.
- `ExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the connection invitation will expire.
- `OtherParticipantIdentifier`: string, **required**; length 1–100 code points; pattern `[a-zA-Z0-9-]+`.
  The identifier of the other participant in the connection invitation.
- `ParticipantType`: [`ParticipantType`](#shape-participanttype) (enum), **required**; one of `SENDER`, `RECEIVER`.
  The type of participant (inviter or invitee) in the connection invitation.
- `Status`: [`InvitationStatus`](#shape-invitationstatus) (enum), **required**; one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  The current status of the connection invitation.]],
    ConnectionSummary = [[
<a id="shape-connectionsummary"></a>

### ConnectionSummary

A summary view of an active connection between partners containing key information.

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier where the connection exists.
- `Id`: string, **required**; pattern `pac-[A-Za-z0-9]{13}`.
  The unique identifier of the connection.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\-]*::catalog/[a-zA-Z]+/connection/pac-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the connection.
- `OtherParticipantAccountId`: string, **required**; pattern `[0-9]{12}`.
  The AWS account ID of the other participant in the connection.
- `UpdatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the connection was last updated.
- `ConnectionTypes`: map of [`ConnectionType`](#shape-connectiontype) (enum) to [`ConnectionTypeSummary`](#shape-connectiontypesummary), **required**.
  A map of connection types and their summary information for this connection.]],
    ConnectionType = [[
<a id="shape-connectiontype"></a>

### ConnectionType

Enum (string): `OPPORTUNITY_COLLABORATION`, `SUBSIDIARY`.]],
    ConnectionTypeDetail = [[
<a id="shape-connectiontypedetail"></a>

### ConnectionTypeDetail

Detailed information about a specific connection type within a connection.

- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when this connection type was created.
- `InviterEmail`: string, **required**; length 1–320 code points; pattern ``[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*``.
  The email address of the person who initiated this connection type.
- `InviterName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The name of the person who initiated this connection type.
- `Status`: [`ConnectionTypeStatus`](#shape-connectiontypestatus) (enum), **required**; one of `ACTIVE`, `CANCELED`.
  The current status of this connection type.
- `CanceledAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when this connection type was cancelled, if applicable.
- `CanceledBy`: string; pattern `[0-9]{12}`.
  The AWS account ID of the participant who cancelled this connection type.
- `OtherParticipant`: [`Participant`](#shape-participant), **required**.
  Information about the other participant in this connection type.]],
    ConnectionTypeStatus = [[
<a id="shape-connectiontypestatus"></a>

### ConnectionTypeStatus

Enum (string): `ACTIVE`, `CANCELED`.]],
    ConnectionTypeSummary = [[
<a id="shape-connectiontypesummary"></a>

### ConnectionTypeSummary

Summary information about a specific connection type between partners.

- `Status`: [`ConnectionTypeStatus`](#shape-connectiontypestatus) (enum), **required**; one of `ACTIVE`, `CANCELED`.
  The current status of this connection type (active, canceled, etc.).
- `OtherParticipant`: [`Participant`](#shape-participant), **required**.
  Information about the other participant in this connection type.]],
    ErrorDetail = [[
<a id="shape-errordetail"></a>

### ErrorDetail

Contains detailed information about an error that occurred during an operation.

- `Locale`: string, **required**.
  The locale or language code for the error message.
- `Message`: string, **required**.
  A human-readable description of the error.
- `Reason`: [`ProfileValidationErrorReason`](#shape-profilevalidationerrorreason) (enum), **required**; one of `INVALID_CONTENT`, `DUPLICATE_PROFILE`, `INVALID_LOGO`, `INVALID_LOGO_URL`, `INVALID_LOGO_FILE`, `INVALID_LOGO_SIZE`, `INVALID_WEBSITE_URL`.
  A machine-readable code or reason for the error.]],
    FieldValidationCode = [[
<a id="shape-fieldvalidationcode"></a>

### FieldValidationCode

Enum (string): `REQUIRED_FIELD_MISSING`, `DUPLICATE_VALUE`, `INVALID_VALUE`, `INVALID_STRING_FORMAT`, `TOO_MANY_VALUES`, `ACTION_NOT_PERMITTED`, `INVALID_ENUM_VALUE`.]],
    FieldValidationError = [[
<a id="shape-fieldvalidationerror"></a>

### FieldValidationError

Contains information about a field-level validation error that occurred during an operation.

- `Name`: string, **required**.
  The name of the field that failed validation.
- `Message`: string, **required**.
  A description of the field validation error.
- `Code`: [`FieldValidationCode`](#shape-fieldvalidationcode) (enum), **required**; one of `REQUIRED_FIELD_MISSING`, `DUPLICATE_VALUE`, `INVALID_VALUE`, `INVALID_STRING_FORMAT`, `TOO_MANY_VALUES`, `ACTION_NOT_PERMITTED`, `INVALID_ENUM_VALUE`.
  A code identifying the specific field validation error.]],
    Headquarters = [[
<a id="shape-headquarters"></a>

### Headquarters

Contains the partner's headquarters location using International Organization for Standardization (ISO) 3166 country and subdivision codes.

- `CountryCode`: string, **required**; length exactly 2 code points; pattern `[A-Z]{2}`.
  The ISO 3166-1 alpha-2 country code of the partner's headquarters. For example, `US`, `BR`, or `DE`.
- `SubdivisionCode`: string, **required**; length 1–3 code points; pattern `[A-Z0-9]{1,3}`.
  The subdivision portion of the ISO 3166-2 code for the partner's headquarters (for example, `SP` from `BR-SP`, `NSW` from `AU-NSW`, or `13` from `JP-13`).]],
    IndustrySegment = [[
<a id="shape-industrysegment"></a>

### IndustrySegment

Enum (string): `AGRICULTURE_MINING`, `BIOTECHNOLOGY`, `BUSINESS_CONSUMER_SERVICES`, `BUSINESS_SERV`, `COMMUNICATIONS`, `COMPUTER_HARDWARE`, `COMPUTERS_ELECTRONICS`, `COMPUTER_SOFTWARE`, `CONSUMER_GOODS`, `CONSUMER_RELATED`, `EDUCATION`, `ENERGY_UTILITIES`, `FINANCIAL_SERVICES`, `GAMING`, `GOVERNMENT`, `GOVERNMENT_EDUCATION_PUBLIC_SERVICES`, `HEALTHCARE`, `HEALTHCARE_PHARMACEUTICALS_BIOTECH`, `INDUSTRIAL_ENERGY`, `INTERNET_SPECIFIC`, `LIFE_SCIENCES`, `MANUFACTURING`, `MEDIA_ENTERTAINMENT_LEISURE`, `MEDIA_ENTERTAINMENT`, `MEDICAL_HEALTH`, `NON_PROFIT_ORGANIZATION`, `OTHER`, `PROFESSIONAL_SERVICES`, `REAL_ESTATE_CONSTRUCTION`, `RETAIL`, `RETAIL_WHOLESALE_DISTRIBUTION`, `SEMICONDUCTOR_ELECTR`, `SOFTWARE_INTERNET`, `TELECOMMUNICATIONS`, `TRANSPORTATION_LOGISTICS`, `TRAVEL_HOSPITALITY`, `WHOLESALE_DISTRIBUTION`.]],
    InvitationStatus = [[
<a id="shape-invitationstatus"></a>

### InvitationStatus

Enum (string): `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.]],
    LocalizedContent = [[
<a id="shape-localizedcontent"></a>

### LocalizedContent

Contains localized content for a partner profile in a specific language or locale.

- `DisplayName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  The localized display name for the partner.
- `Description`: string, **required**; length 1–600 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  The localized description of the partner's business and services.
- `WebsiteUrl`: string, **required**; length 1–256 code points; pattern `(https|HTTPS):\/\/[^\/\s]+(\/\S*)?`.
  The localized website URL for the partner.
- `LogoUrl`: string, **required**; length 1–256 code points; pattern `(https|HTTPS):\/\/[^\/\s]+(\/\S*)?`.
  The URL to the partner's logo image for this locale.
- `Locale`: string, **required**; pattern `[a-z]{2}-[A-Z]{2}`.
  The locale or language code for the localized content.]],
    Participant = [[
<a id="shape-participant"></a>

### Participant

Represents a participant in a partner connection, containing their profile and account information.

A union: set exactly one member.

- `PartnerProfile`: [`PartnerProfileSummary`](#shape-partnerprofilesummary).
  The partner profile information for the participant.
- `SellerProfile`: [`SellerProfileSummary`](#shape-sellerprofilesummary).
  The seller profile information for the participant.
- `Account`: [`AccountSummary`](#shape-accountsummary).
  The AWS account information for the participant.]],
    ParticipantType = [[
<a id="shape-participanttype"></a>

### ParticipantType

Enum (string): `SENDER`, `RECEIVER`.]],
    PartnerDomain = [[
<a id="shape-partnerdomain"></a>

### PartnerDomain

Represents a verified domain associated with a partner account.

- `DomainName`: string, **required**; length 1–253 code points; pattern `[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*`.
  The domain name that has been verified for the partner account.
- `RegisteredAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the domain was registered and verified for the partner account.]],
    PartnerProfile = [[
<a id="shape-partnerprofile"></a>

### PartnerProfile

Contains comprehensive profile information for a partner including public-facing details.

- `DisplayName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  The public display name for the partner organization.
- `Description`: string, **required**; length 1–600 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  A description of the partner's business, services, and capabilities.
- `WebsiteUrl`: string, **required**; length 1–256 code points; pattern `(https|HTTPS):\/\/[^\/\s]+(\/\S*)?`.
  The partner's primary website URL.
- `LogoUrl`: string, **required**; length 1–256 code points; pattern `(https|HTTPS):\/\/[^\/\s]+(\/\S*)?`.
  The URL to the partner's logo image.
- `PrimarySolutionType`: [`PrimarySolutionType`](#shape-primarysolutiontype) (enum), **required**; one of `SOFTWARE_PRODUCTS`, `CONSULTING_SERVICES`, `PROFESSIONAL_SERVICES`, `MANAGED_SERVICES`, `HARDWARE_PRODUCTS`, `COMMUNICATION_SERVICES`, `VALUE_ADDED_RESALE_AWS_SERVICES`, `TRAINING_SERVICES`.
  The primary type of solution or service the partner provides.
- `IndustrySegments`: list of [`IndustrySegment`](#shape-industrysegment) (enum), 1–3 entries, **required**.
  The industry segments or verticals that the partner serves.
- `TranslationSourceLocale`: string, **required**; pattern `[a-z]{2}-[A-Z]{2}`.
  The source locale used for automatic translation of profile content.
- `LocalizedContents`: list of [`LocalizedContent`](#shape-localizedcontent), 0–20 entries.
  A list of localized content versions for different languages and regions.
- `Headquarters`: [`Headquarters`](#shape-headquarters).
  The ISO 3166 country and subdivision codes for the partner's headquarters location. If no headquarters location is set, this field is not included in the response.
- `ProfileId`: string; length 1–50 code points; pattern `pprofile-[A-Za-z0-9]{13}`.
  The unique identifier of the partner profile.]],
    PartnerProfileSummary = [[
<a id="shape-partnerprofilesummary"></a>

### PartnerProfileSummary

A summary view of a partner profile containing basic identifying information.

- `Id`: string, **required**; length 1–50 code points; pattern `pprofile-[A-Za-z0-9]{13}`.
  The unique identifier of the partner profile.
- `Name`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  The display name of the partner.]],
    PartnerSummary = [[
<a id="shape-partnersummary"></a>

### PartnerSummary

A summary view of a partner account containing basic information for listing purposes.

- `Catalog`: string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.
  The catalog identifier for the partner account.
- `Arn`: string, **required**; length 1–200 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}`.
  The Amazon Resource Name (ARN) of the partner account.
- `Id`: string, **required**; pattern `partner-[A-Za-z0-9]{13}`.
  The unique identifier of the partner account.
- `LegalName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`; sensitive (redacted in debug logs).
  The legal name of the partner organization.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the partner account was created.]],
    PrimarySolutionType = [[
<a id="shape-primarysolutiontype"></a>

### PrimarySolutionType

Enum (string): `SOFTWARE_PRODUCTS`, `CONSULTING_SERVICES`, `PROFESSIONAL_SERVICES`, `MANAGED_SERVICES`, `HARDWARE_PRODUCTS`, `COMMUNICATION_SERVICES`, `VALUE_ADDED_RESALE_AWS_SERVICES`, `TRAINING_SERVICES`.]],
    ProfileTaskStatus = [[
<a id="shape-profiletaskstatus"></a>

### ProfileTaskStatus

Enum (string): `IN_PROGRESS`, `CANCELED`, `SUCCEEDED`, `FAILED`.]],
    ProfileValidationErrorReason = [[
<a id="shape-profilevalidationerrorreason"></a>

### ProfileValidationErrorReason

Enum (string): `INVALID_CONTENT`, `DUPLICATE_PROFILE`, `INVALID_LOGO`, `INVALID_LOGO_URL`, `INVALID_LOGO_FILE`, `INVALID_LOGO_SIZE`, `INVALID_WEBSITE_URL`.]],
    ProfileVisibility = [[
<a id="shape-profilevisibility"></a>

### ProfileVisibility

Enum (string): `PRIVATE`, `PUBLIC`.]],
    QualificationsAssociationPartner = [[
<a id="shape-qualificationsassociationpartner"></a>

### QualificationsAssociationPartner

Identifies a partner in a qualifications association group. Contains the partner's profile identifier and AWS account identifier. In requests, provide at least one of `ProfileId` or `AccountId`. In responses, both fields are populated.

- `ProfileId`: string; length 1–50 code points; pattern `pprofile-[A-Za-z0-9]{13}`.
  The unique identifier for the partner profile, in the format `pprofile-*`. Required in requests if `AccountId` is not provided.
- `AccountId`: string; pattern `[0-9]{12}`.
  The 12-digit AWS account ID linked to the partner profile. Required in requests if `ProfileId` is not provided.]],
    QualificationsAssociationStatus = [[
<a id="shape-qualificationsassociationstatus"></a>

### QualificationsAssociationStatus

The current state of a partner qualifications association. Valid values: `ASSOCIATED` (the partner is associated with a primary), `NOT_ASSOCIATED` (the partner has no active association).

Enum (string): `ASSOCIATED`, `NOT_ASSOCIATED`.]],
    QualificationsAssociationTaskStatus = [[
<a id="shape-qualificationsassociationtaskstatus"></a>

### QualificationsAssociationTaskStatus

The current status of a qualifications association task. Valid values: `IN_PROGRESS` (task is running), `SUCCEEDED` (task completed successfully).

Enum (string): `IN_PROGRESS`, `SUCCEEDED`.]],
    QualificationsDisassociationTaskStatus = [[
<a id="shape-qualificationsdisassociationtaskstatus"></a>

### QualificationsDisassociationTaskStatus

The current status of a qualifications disassociation task. Valid values: `IN_PROGRESS` (task is running), `SUCCEEDED` (task completed successfully).

Enum (string): `IN_PROGRESS`, `SUCCEEDED`.]],
    RegistrantVerificationDetails = [[
<a id="shape-registrantverificationdetails"></a>

### RegistrantVerificationDetails

Contains the personal information required for verifying an individual's identity as part of the partner registration process in AWS Partner Central.

No members.]],
    RegistrantVerificationResponse = [[
<a id="shape-registrantverificationresponse"></a>

### RegistrantVerificationResponse

Contains the response information from a registrant verification process, including any verification-specific data and next steps for the individual verification workflow.

- `CompletionUrl`: string, **required**.
  A secure URL where the registrant can complete additional verification steps, such as document upload or identity confirmation through a third-party verification service.
- `CompletionUrlExpiresAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the completion URL expires and is no longer valid for accessing the verification workflow.]],
    ResourceNotFoundExceptionReason = [[
<a id="shape-resourcenotfoundexceptionreason"></a>

### ResourceNotFoundExceptionReason

Enum (string): `PARTNER_NOT_FOUND`, `PARTNER_PROFILE_NOT_FOUND`, `PARTNER_PROFILE_TASK_NOT_FOUND`, `PARTNER_DOMAIN_NOT_FOUND`, `SENDER_PROFILE_NOT_FOUND`, `RECEIVER_PROFILE_NOT_FOUND`, `CONNECTION_INVITATION_NOT_FOUND`, `CONNECTION_NOT_FOUND`, `VERIFICATION_NOT_FOUND`, `QUALIFICATIONS_ASSOCIATION_TASK_NOT_FOUND`, `QUALIFICATIONS_DISASSOCIATION_TASK_NOT_FOUND`.]],
    SellerProfileSummary = [[
<a id="shape-sellerprofilesummary"></a>

### SellerProfileSummary

A summary view of a seller profile containing basic identifying information.

- `Id`: string, **required**; length 1–50 code points; pattern `[a-zA-Z0-9-]+`.
  The unique identifier of the seller profile.
- `Name`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  The display name of the seller.]],
    ServiceQuotaExceededExceptionReason = [[
<a id="shape-servicequotaexceededexceptionreason"></a>

### ServiceQuotaExceededExceptionReason

Enum (string): `LIMIT_EXCEEDED_NUMBER_OF_EMAIL`, `LIMIT_EXCEEDED_NUMBER_OF_DOMAIN`, `LIMIT_EXCEEDED_NUMBER_OF_CONNECTION_INVITATION_PER_DAY`, `LIMIT_EXCEEDED_NUMBER_OF_ACTIVE_CONNECTION`, `LIMIT_EXCEEDED_NUMBER_OF_OPEN_CONNECTION_INVITATION`, `LIMIT_EXCEEDED_NUMBER_OF_PROFILE_UPDATE_PER_DAY`, `LIMIT_EXCEEDED_NUMBER_OF_PROFILE_VISIBILITY_UPDATE_PER_DAY`.]],
    Tag = [[
<a id="shape-tag"></a>

### Tag

A key-value pair used to associate metadata with AWS Partner Central Account resources.

- `Key`: string, **required**; length 1–128 code points.
  The key name of the tag. Tag keys are case-sensitive.
- `Value`: string, **required**; length 0–256 code points.
  The value associated with the tag key. Tag values are case-sensitive.]],
    TaskDetails = [[
<a id="shape-taskdetails"></a>

### TaskDetails

Contains detailed information about a profile update task including the changes to be made.

- `DisplayName`: string, **required**; length 1–80 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  The updated display name for the partner profile.
- `Description`: string, **required**; length 1–600 code points; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+`.
  The updated description for the partner profile.
- `WebsiteUrl`: string, **required**; length 1–256 code points; pattern `(https|HTTPS):\/\/[^\/\s]+(\/\S*)?`.
  The updated website URL for the partner profile.
- `LogoUrl`: string, **required**; length 1–256 code points; pattern `(https|HTTPS):\/\/[^\/\s]+(\/\S*)?`.
  The updated logo URL for the partner profile.
- `PrimarySolutionType`: [`PrimarySolutionType`](#shape-primarysolutiontype) (enum), **required**; one of `SOFTWARE_PRODUCTS`, `CONSULTING_SERVICES`, `PROFESSIONAL_SERVICES`, `MANAGED_SERVICES`, `HARDWARE_PRODUCTS`, `COMMUNICATION_SERVICES`, `VALUE_ADDED_RESALE_AWS_SERVICES`, `TRAINING_SERVICES`.
  The updated primary solution type for the partner profile.
- `IndustrySegments`: list of [`IndustrySegment`](#shape-industrysegment) (enum), 1–3 entries, **required**.
  The updated industry segments for the partner profile.
- `TranslationSourceLocale`: string, **required**; pattern `[a-z]{2}-[A-Z]{2}`.
  The updated translation source locale for the partner profile.
- `LocalizedContents`: list of [`LocalizedContent`](#shape-localizedcontent), 0–20 entries.
  The updated localized content for the partner profile.
- `Headquarters`: [`Headquarters`](#shape-headquarters).
  The ISO 3166 country and subdivision codes for the partner's headquarters location. If you omit this field, the service retains the existing headquarters value.]],
    ValidationError = [[
<a id="shape-validationerror"></a>

### ValidationError

Contains information about a validation error, which can be either a field-level or business rule validation error.

A union: set exactly one member.

- `FieldValidationError`: [`FieldValidationError`](#shape-fieldvalidationerror).
  Details about a field-level validation error, if applicable.
- `BusinessValidationError`: [`BusinessValidationError`](#shape-businessvalidationerror).
  Details about a business rule validation error, if applicable.]],
    ValidationExceptionReason = [[
<a id="shape-validationexceptionreason"></a>

### ValidationExceptionReason

Enum (string): `REQUEST_VALIDATION_FAILED`, `BUSINESS_VALIDATION_FAILED`.]],
    VerificationDetails = [[
<a id="shape-verificationdetails"></a>

### VerificationDetails

A union structure containing the specific details required for different types of verification processes supported by AWS Partner Central.

A union: set exactly one member.

- `BusinessVerificationDetails`: [`BusinessVerificationDetails`](#shape-businessverificationdetails).
  The business verification details to be used when starting a business verification process.
- `RegistrantVerificationDetails`: [`RegistrantVerificationDetails`](#shape-registrantverificationdetails).
  The registrant verification details to be used when starting an individual identity verification process.]],
    VerificationResponseDetails = [[
<a id="shape-verificationresponsedetails"></a>

### VerificationResponseDetails

A union structure containing the response details specific to different types of verification processes, providing type-specific information and results.

A union: set exactly one member.

- `BusinessVerificationResponse`: [`BusinessVerificationResponse`](#shape-businessverificationresponse).
  The response details from a business verification process, including verification results and any additional business information discovered.
- `RegistrantVerificationResponse`: [`RegistrantVerificationResponse`](#shape-registrantverificationresponse).
  The response details from a registrant verification process, including verification results and any additional steps required for identity confirmation.]],
    VerificationStatus = [[
<a id="shape-verificationstatus"></a>

### VerificationStatus

Enum (string): `PENDING_CUSTOMER_ACTION`, `IN_PROGRESS`, `FAILED`, `SUCCEEDED`, `REJECTED`.]],
    VerificationType = [[
<a id="shape-verificationtype"></a>

### VerificationType

Enum (string): `BUSINESS_VERIFICATION`, `REGISTRANT_VERIFICATION`.]],
  },
  shapes_of = {
    AcceptConnectionInvitation = {
      "AccountSummary",
      "Connection",
      "ConnectionType",
      "ConnectionTypeDetail",
      "ConnectionTypeStatus",
      "Participant",
      "PartnerProfileSummary",
      "SellerProfileSummary",
    },
    AssociateAwsTrainingCertificationEmailDomain = {},
    CancelConnection = {
      "AccountSummary",
      "ConnectionType",
      "ConnectionTypeDetail",
      "ConnectionTypeStatus",
      "Participant",
      "PartnerProfileSummary",
      "SellerProfileSummary",
    },
    CancelConnectionInvitation = { "ConnectionType", "InvitationStatus", "ParticipantType" },
    CancelProfileUpdateTask = {
      "ErrorDetail",
      "Headquarters",
      "IndustrySegment",
      "LocalizedContent",
      "PrimarySolutionType",
      "ProfileTaskStatus",
      "ProfileValidationErrorReason",
      "TaskDetails",
    },
    CreateConnectionInvitation = { "ConnectionType", "InvitationStatus", "ParticipantType" },
    CreatePartner = {
      "AllianceLeadContact",
      "Headquarters",
      "IndustrySegment",
      "LocalizedContent",
      "PartnerDomain",
      "PartnerProfile",
      "PrimarySolutionType",
      "Tag",
    },
    DisassociateAwsTrainingCertificationEmailDomain = {},
    GetAllianceLeadContact = { "AllianceLeadContact" },
    GetConnection = {
      "AccountSummary",
      "ConnectionType",
      "ConnectionTypeDetail",
      "ConnectionTypeStatus",
      "Participant",
      "PartnerProfileSummary",
      "SellerProfileSummary",
    },
    GetConnectionInvitation = { "ConnectionType", "InvitationStatus", "ParticipantType" },
    GetConnectionPreferences = { "AccessType" },
    GetPartner = {
      "Headquarters",
      "IndustrySegment",
      "LocalizedContent",
      "PartnerDomain",
      "PartnerProfile",
      "PrimarySolutionType",
    },
    GetProfileUpdateTask = {
      "ErrorDetail",
      "Headquarters",
      "IndustrySegment",
      "LocalizedContent",
      "PrimarySolutionType",
      "ProfileTaskStatus",
      "ProfileValidationErrorReason",
      "TaskDetails",
    },
    GetProfileVisibility = { "ProfileVisibility" },
    GetQualificationsAssociationDetails = { "QualificationsAssociationPartner", "QualificationsAssociationStatus" },
    GetQualificationsAssociationTask = { "QualificationsAssociationPartner", "QualificationsAssociationTaskStatus" },
    GetQualificationsDisassociationTask = { "QualificationsAssociationPartner", "QualificationsDisassociationTaskStatus" },
    GetVerification = {
      "BusinessVerificationDetails",
      "BusinessVerificationResponse",
      "RegistrantVerificationResponse",
      "VerificationResponseDetails",
      "VerificationStatus",
      "VerificationType",
    },
    ListConnectionInvitations = {
      "ConnectionInvitationSummary",
      "ConnectionType",
      "InvitationStatus",
      "ParticipantType",
    },
    ListConnections = {
      "AccountSummary",
      "ConnectionSummary",
      "ConnectionType",
      "ConnectionTypeStatus",
      "ConnectionTypeSummary",
      "Participant",
      "PartnerProfileSummary",
      "SellerProfileSummary",
    },
    ListPartners = { "PartnerSummary" },
    ListTagsForResource = { "Tag" },
    PutAllianceLeadContact = { "AllianceLeadContact" },
    PutProfileVisibility = { "ProfileVisibility" },
    RejectConnectionInvitation = { "ConnectionType", "InvitationStatus", "ParticipantType" },
    SendEmailVerificationCode = {},
    StartProfileUpdateTask = {
      "ErrorDetail",
      "Headquarters",
      "IndustrySegment",
      "LocalizedContent",
      "PrimarySolutionType",
      "ProfileTaskStatus",
      "ProfileValidationErrorReason",
      "TaskDetails",
    },
    StartQualificationsAssociationTask = { "QualificationsAssociationPartner", "QualificationsAssociationTaskStatus" },
    StartQualificationsDisassociationTask = { "QualificationsAssociationPartner", "QualificationsDisassociationTaskStatus" },
    StartVerification = {
      "BusinessVerificationDetails",
      "BusinessVerificationResponse",
      "RegistrantVerificationDetails",
      "RegistrantVerificationResponse",
      "VerificationDetails",
      "VerificationResponseDetails",
      "VerificationStatus",
      "VerificationType",
    },
    TagResource = { "Tag" },
    UntagResource = {},
    UpdateConnectionPreferences = { "AccessType" },
  },
  summaries = {
    AcceptConnectionInvitation = [[
Accepts a connection invitation from another partner, establishing a formal partnership connection between the two parties.]],
    AssociateAwsTrainingCertificationEmailDomain = [[
Associates an email domain with AWS training and certification for the partner account, enabling automatic verification of employee certifications.]],
    CancelConnection = [[
Cancels an existing connection between partners, terminating the partnership relationship.]],
    CancelConnectionInvitation = [[
Cancels a pending connection invitation before it has been accepted or rejected.]],
    CancelProfileUpdateTask = [[
Cancels an in-progress profile update task, stopping any pending changes to the partner profile.]],
    CreateConnectionInvitation = [[
Creates a new connection invitation to establish a partnership with another organization.]],
    CreatePartner = [[
Creates a new partner account in the AWS Partner Network with the specified details and configuration.]],
    DisassociateAwsTrainingCertificationEmailDomain = [[
Removes the association between an email domain and AWS training and certification for the partner account.]],
    GetAllianceLeadContact = [[
Retrieves the alliance lead contact information for a partner account.]],
    GetConnection = [[
Retrieves detailed information about a specific connection between partners.]],
    GetConnectionInvitation = [[
Retrieves detailed information about a specific connection invitation.]],
    GetConnectionPreferences = [[
Retrieves the connection preferences for a partner account, including access settings and exclusions.]],
    GetPartner = [[
Retrieves detailed information about a specific partner account.]],
    GetProfileUpdateTask = "Retrieves information about a specific profile update task.",
    GetProfileVisibility = [[
Retrieves the visibility settings for a partner profile, determining who can see the profile information.]],
    GetQualificationsAssociationDetails = [[
Returns your current qualifications association status, the primary partner, and the full list of partners associated under the primary partner.]],
    GetQualificationsAssociationTask = [[
Retrieves the status and details of the most recent qualifications association task for your partner account.]],
    GetQualificationsDisassociationTask = [[
Retrieves the status and details of the most recent qualifications disassociation task for your partner account.]],
    GetVerification = [[
Retrieves the current status and details of a verification process for a partner account.]],
    ListConnectionInvitations = [[
Lists connection invitations for the partner account, with optional filtering by status, type, and other criteria.]],
    ListConnections = [[
Lists active connections for the partner account, with optional filtering by connection type and participant.]],
    ListPartners = [[
Lists partner accounts in the catalog, providing a summary view of all partners.]],
    ListTagsForResource = [[
Lists all tags associated with a specific AWS Partner Central Account resource.]],
    PutAllianceLeadContact = [[
Creates or updates the alliance lead contact information for a partner account.]],
    PutProfileVisibility = [[
Sets the visibility level for a partner profile, controlling who can view the profile information.]],
    RejectConnectionInvitation = [[
Rejects a connection invitation from another partner, declining the partnership request.]],
    SendEmailVerificationCode = [[
Sends an email verification code to the specified email address for account verification purposes.]],
    StartProfileUpdateTask = [[
Initiates a profile update task to modify partner profile information asynchronously.]],
    StartQualificationsAssociationTask = [[
Initiates an asynchronous task to associate your partner qualifications with a primary account.]],
    StartQualificationsDisassociationTask = [[
Initiates an asynchronous task to disassociate your partner qualifications from a primary account.]],
    StartVerification = "Initiates a new verification process for a partner account.",
    TagResource = [[
Adds or updates tags for a specified AWS Partner Central Account resource.]],
    UntagResource = [[
Removes specified tags from an AWS Partner Central Account resource.]],
    UpdateConnectionPreferences = [[
Updates the connection preferences for a partner account, modifying access settings and exclusions.]],
  },
  title = "Partner Central Account API",
  waiters = [[
## Waiters

The SDK's waiters poll an operation every `delay` seconds (default 2) until a final status, for at most `max_wait` seconds (default 120): success returns the last result, a failure status is a `WaiterFailure` error, running out of time a `WaiterTimeout` error.

- `ProfileUpdateTaskSucceeded` (also `GetProfileUpdateTask`, `ProfileUpdateTaskCompleted`): polls [GetProfileUpdateTask](#getprofileupdatetask) until `Status` is `SUCCEEDED`; fails on `CANCELED`, `FAILED`. `account:wait_for("ProfileUpdateTaskSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral account wait profile-update-task-succeeded`.
- `QualificationsAssociationTaskSucceeded` (also `GetQualificationsAssociationTask`): polls [GetQualificationsAssociationTask](#getqualificationsassociationtask) until `Status` is `SUCCEEDED`; fails on `CANCELED`, `FAILED`. `account:wait_for("QualificationsAssociationTaskSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral account wait qualifications-association-task-succeeded`.
- `QualificationsDisassociationTaskSucceeded` (also `GetQualificationsDisassociationTask`): polls [GetQualificationsDisassociationTask](#getqualificationsdisassociationtask) until `Status` is `SUCCEEDED`; fails on `CANCELED`, `FAILED`. `account:wait_for("QualificationsDisassociationTaskSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral account wait qualifications-disassociation-task-succeeded`.
- `VerificationSucceeded` (also `GetVerification`): polls [GetVerification](#getverification) until `VerificationStatus` is `SUCCEEDED`; fails on `FAILED`, `REJECTED`. `account:wait_for("VerificationSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral account wait verification-succeeded`.]],
}
