-- derived from the AWS service model partnercentral-channel-2024-03-18 (its documentation, Apache-2.0, see NOTICE); changed by tools/gen-docs.lua; do not edit
-- The reference sections of doc/api/channel.md, read by `partnercentral help`.
return {
  errors = {
    AccessDeniedException = [[
<a id="error-accessdeniedexception"></a>

### AccessDeniedException

The request was denied due to insufficient permissions.

Not retried; `err.code` is `"AccessDeniedException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `reason`: string.
  The reason for the access denial.]],
    ConflictException = [[
<a id="error-conflictexception"></a>

### ConflictException

The request could not be completed due to a conflict with the current state of the resource.

Not retried; `err.code` is `"ConflictException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `resourceId`: string, **required**.
  The identifier of the resource that caused the conflict.
- `resourceType`: string, **required**.
  The type of the resource that caused the conflict.]],
    InternalServerException = [[
<a id="error-internalserverexception"></a>

### InternalServerException

An internal server error occurred while processing the request.

Retried (transient server error); `err.code` is `"InternalServerException"`, `err.kind` is `"service"`, a server fault (HTTP 5xx).]],
    ResourceNotFoundException = [[
<a id="error-resourcenotfoundexception"></a>

### ResourceNotFoundException

The specified resource was not found.

Not retried; `err.code` is `"ResourceNotFoundException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `resourceId`: string.
  The identifier of the resource that was not found.
- `resourceType`: string.
  The type of the resource that was not found.]],
    ServiceQuotaExceededException = [[
<a id="error-servicequotaexceededexception"></a>

### ServiceQuotaExceededException

The request would exceed a service quota limit.

Retried (the model marks it retryable); `err.code` is `"ServiceQuotaExceededException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `resourceId`: string, **required**.
  The identifier of the resource that would exceed the quota.
- `resourceType`: string, **required**.
  The type of the resource that would exceed the quota.
- `quotaCode`: string, **required**.
  The code identifying the specific quota that would be exceeded.]],
    ThrottlingException = [[
<a id="error-throttlingexception"></a>

### ThrottlingException

The request was throttled due to too many requests being sent in a short period.

Retried (throttling: backoff, retry quota); `err.code` is `"ThrottlingException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `serviceCode`: string.
  The service code associated with the throttling error.
- `quotaCode`: string.
  The quota code associated with the throttling error.]],
    ValidationException = [[
<a id="error-validationexception"></a>

### ValidationException

The request failed validation due to invalid input parameters.

Not retried; `err.code` is `"ValidationException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `reason`: [`ValidationExceptionReason`](#shape-validationexceptionreason) (enum), **required**; one of `REQUEST_VALIDATION_FAILED`, `BUSINESS_VALIDATION_FAILED`.
  The reason for the validation failure.
- `fieldList`: list of [`ValidationExceptionField`](#shape-validationexceptionfield).
  A list of fields that failed validation.]],
  },
  errors_of = {
    AcceptChannelHandshake = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
    },
    CancelChannelHandshake = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
    },
    CreateChannelHandshake = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
      "ConflictException",
      "ServiceQuotaExceededException",
    },
    CreateProgramManagementAccount = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
      "ConflictException",
      "ServiceQuotaExceededException",
    },
    CreateRelationship = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
      "ConflictException",
      "ServiceQuotaExceededException",
    },
    DeleteProgramManagementAccount = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
      "ConflictException",
    },
    DeleteRelationship = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
      "ConflictException",
    },
    GetRelationship = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
    },
    ListChannelHandshakes = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
    },
    ListProgramManagementAccounts = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
    },
    ListRelationships = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
    },
    ListTagsForResource = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
    },
    RejectChannelHandshake = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
    },
    TagResource = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
      "ConflictException",
    },
    UntagResource = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
      "ConflictException",
    },
    UpdateProgramManagementAccount = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
      "ConflictException",
    },
    UpdateRelationship = {
      "ResourceNotFoundException",
      "InternalServerException",
      "ValidationException",
      "ThrottlingException",
      "AccessDeniedException",
      "ConflictException",
    },
  },
  operations = {
    AcceptChannelHandshake = [[
## AcceptChannelHandshake

Accepts a pending channel handshake request from another AWS account.

- Lua: `channel:accept_channel_handshake(input)` or `channel:call("AcceptChannelHandshake", input)`
- CLI: `partnercentral channel accept-channel-handshake`

**Input** (`AcceptChannelHandshakeRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the handshake request.
- `identifier` (`--identifier`): string, **required**; length 16–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-handshake/)?ch-[a-z0-9]{13}`.
  The unique identifier of the channel handshake to accept.

**Output** (`AcceptChannelHandshakeResponse`)

- `channelHandshakeDetail`: [`AcceptChannelHandshakeDetail`](#shape-acceptchannelhandshakedetail).
  Details of the accepted channel handshake.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.

**Example**

```lua
local result, err = channel:accept_channel_handshake{ catalog = "AWS", identifier = "ch-abcdefghijklm" }
```]],
    CancelChannelHandshake = [[
## CancelChannelHandshake

Cancels a pending channel handshake request.

- Lua: `channel:cancel_channel_handshake(input)` or `channel:call("CancelChannelHandshake", input)`
- CLI: `partnercentral channel cancel-channel-handshake`

**Input** (`CancelChannelHandshakeRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the handshake request.
- `identifier` (`--identifier`): string, **required**; length 16–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-handshake/)?ch-[a-z0-9]{13}`.
  The unique identifier of the channel handshake to cancel.

**Output** (`CancelChannelHandshakeResponse`)

- `channelHandshakeDetail`: [`CancelChannelHandshakeDetail`](#shape-cancelchannelhandshakedetail).
  Details of the canceled channel handshake.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.

**Example**

```lua
local result, err = channel:cancel_channel_handshake{ catalog = "AWS", identifier = "ch-abcdefghijklm" }
```]],
    CreateChannelHandshake = [[
## CreateChannelHandshake

Creates a new channel handshake request to establish a partnership with another AWS account.

- Lua: `channel:create_channel_handshake(input)` or `channel:call("CreateChannelHandshake", input)`
- CLI: `partnercentral channel create-channel-handshake`
- Idempotency token: `clientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateChannelHandshakeRequest`)

- `handshakeType` (`--handshake-type`): [`HandshakeType`](#shape-handshaketype) (enum), **required**; one of `START_SERVICE_PERIOD`, `REVOKE_SERVICE_PERIOD`, `PROGRAM_MANAGEMENT_ACCOUNT`.
  The type of handshake to create (e.g., start service period, revoke service period).
- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the handshake request.
- `associatedResourceIdentifier` (`--associated-resource-identifier`): string, **required**; length 16–1011 code points; pattern `((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})`.
  The identifier of the resource associated with this handshake.
- `payload` (`--payload`): [`ChannelHandshakePayload`](#shape-channelhandshakepayload).
  The payload containing specific details for the handshake type.
- `clientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[!-~]*`.
  A unique, case-sensitive identifier to ensure idempotency of the request.
- `tags` (`--tags`): list of [`Tag`](#shape-tag).
  Key-value pairs to associate with the channel handshake.

**Output** (`CreateChannelHandshakeResponse`)

- `channelHandshakeDetail`: [`CreateChannelHandshakeDetail`](#shape-createchannelhandshakedetail).
  Details of the created channel handshake.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): retried (the model marks it retryable). The request would exceed a service quota limit.

**Example**

```lua
local result, err = channel:create_channel_handshake{
  handshakeType = "START_SERVICE_PERIOD",
  catalog = "AWS",
  associatedResourceIdentifier = "arn:abc:partnercentral:def:678901234567:catalog/stu/program-management-account/pma-vwxyz01234567",
}
```]],
    CreateProgramManagementAccount = [[
## CreateProgramManagementAccount

Creates a new program management account for managing partner relationships.

- Lua: `channel:create_program_management_account(input)` or `channel:call("CreateProgramManagementAccount", input)`
- CLI: `partnercentral channel create-program-management-account`
- Idempotency token: `clientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateProgramManagementAccountRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the program management account.
- `program` (`--program`): [`Program`](#shape-program) (enum), **required**; one of `SOLUTION_PROVIDER`, `DISTRIBUTION`, `DISTRIBUTION_SELLER`.
  The program type for the management account.
- `displayName` (`--display-name`): string, **required**; length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`.
  A human-readable name for the program management account.
- `accountId` (`--account-id`): string, **required**; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID to associate with the program management account.
- `clientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[!-~]*`.
  A unique, case-sensitive identifier to ensure idempotency of the request.
- `tags` (`--tags`): list of [`Tag`](#shape-tag).
  Key-value pairs to associate with the program management account.

**Output** (`CreateProgramManagementAccountResponse`)

- `programManagementAccountDetail`: [`CreateProgramManagementAccountDetail`](#shape-createprogrammanagementaccountdetail).
  Details of the created program management account.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): retried (the model marks it retryable). The request would exceed a service quota limit.

**Example**

```lua
local result, err = channel:create_program_management_account{
  catalog = "AWS",
  program = "SOLUTION_PROVIDER",
  displayName = "Example display name",
  accountId = "012345678901",
}
```]],
    CreateRelationship = [[
## CreateRelationship

Creates a new partner relationship between accounts.

- Lua: `channel:create_relationship(input)` or `channel:call("CreateRelationship", input)`
- CLI: `partnercentral channel create-relationship`
- Idempotency token: `clientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateRelationshipRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the relationship.
- `associationType` (`--association-type`): [`AssociationType`](#shape-associationtype) (enum), **required**; one of `DOWNSTREAM_SELLER`, `END_CUSTOMER`, `INTERNAL`.
  The type of association for the relationship (e.g., reseller, distributor).
- `programManagementAccountIdentifier` (`--program-management-account-identifier`): string, **required**; length 17–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}`.
  The identifier of the program management account for this relationship.
- `associatedAccountId` (`--associated-account-id`): string, **required**; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID to associate in this relationship.
- `displayName` (`--display-name`): string, **required**; length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`.
  A human-readable name for the relationship.
- `resaleAccountModel` (`--resale-account-model`): [`ResaleAccountModel`](#shape-resaleaccountmodel) (enum); one of `DISTRIBUTOR`, `END_CUSTOMER`, `SOLUTION_PROVIDER`.
  The resale account model for the relationship.
- `sector` (`--sector`): [`Sector`](#shape-sector) (enum), **required**; one of `COMMERCIAL`, `GOVERNMENT`, `GOVERNMENT_EXCEPTION`.
  The business sector for the relationship.
- `clientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[!-~]*`.
  A unique, case-sensitive identifier to ensure idempotency of the request.
- `tags` (`--tags`): list of [`Tag`](#shape-tag).
  Key-value pairs to associate with the relationship.
- `requestedSupportPlan` (`--requested-support-plan`): [`SupportPlan`](#shape-supportplan).
  The support plan requested for this relationship.

**Output** (`CreateRelationshipResponse`)

- `relationshipDetail`: [`CreateRelationshipDetail`](#shape-createrelationshipdetail).
  Details of the created relationship.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): retried (the model marks it retryable). The request would exceed a service quota limit.

**Example**

```lua
local result, err = channel:create_relationship{
  catalog = "AWS",
  associationType = "DOWNSTREAM_SELLER",
  programManagementAccountIdentifier = "pma-abcdefghijklm",
  associatedAccountId = "012345678901",
  displayName = "Example display name",
  sector = "COMMERCIAL",
}
```]],
    DeleteProgramManagementAccount = [[
## DeleteProgramManagementAccount

Deletes a program management account.

- Lua: `channel:delete_program_management_account(input)` or `channel:call("DeleteProgramManagementAccount", input)`
- CLI: `partnercentral channel delete-program-management-account`
- Idempotency token: `clientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`DeleteProgramManagementAccountRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the program management account.
- `identifier` (`--identifier`): string, **required**; length 17–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}`.
  The unique identifier of the program management account to delete.
- `clientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[!-~]*`.
  A unique, case-sensitive identifier to ensure idempotency of the request.

**Output** (`DeleteProgramManagementAccountResponse`)

No members.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.

**Example**

```lua
local result, err = channel:delete_program_management_account{ catalog = "AWS", identifier = "pma-abcdefghijklm" }
```]],
    DeleteRelationship = [[
## DeleteRelationship

Deletes a partner relationship.

- Lua: `channel:delete_relationship(input)` or `channel:call("DeleteRelationship", input)`
- CLI: `partnercentral channel delete-relationship`
- Idempotency token: `clientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`DeleteRelationshipRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the relationship.
- `identifier` (`--identifier`): string, **required**; length 16–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}`.
  The unique identifier of the relationship to delete.
- `programManagementAccountIdentifier` (`--program-management-account-identifier`): string, **required**; length 17–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}`.
  The identifier of the program management account associated with the relationship.
- `clientToken` (`--client-token`): string, idempotency token (filled in when absent); length 1–64 code points; pattern `[!-~]*`.
  A unique, case-sensitive identifier to ensure idempotency of the request.

**Output** (`DeleteRelationshipResponse`)

No members.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.

**Example**

```lua
local result, err = channel:delete_relationship{
  catalog = "AWS",
  identifier = "rs-abcdefghijklm",
  programManagementAccountIdentifier = "pma-abcdefghijklm",
}
```]],
    GetRelationship = [[
## GetRelationship

Retrieves details of a specific partner relationship.

- Lua: `channel:get_relationship(input)` or `channel:call("GetRelationship", input)`
- CLI: `partnercentral channel get-relationship`

**Input** (`GetRelationshipRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the relationship.
- `programManagementAccountIdentifier` (`--program-management-account-identifier`): string, **required**; length 17–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}`.
  The identifier of the program management account associated with the relationship.
- `identifier` (`--identifier`): string, **required**; length 16–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}`.
  The unique identifier of the relationship to retrieve.

**Output** (`GetRelationshipResponse`)

- `relationshipDetail`: [`RelationshipDetail`](#shape-relationshipdetail).
  Details of the requested relationship.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.

**Example**

```lua
local result, err = channel:get_relationship{
  catalog = "AWS",
  programManagementAccountIdentifier = "pma-abcdefghijklm",
  identifier = "rs-abcdefghijklm",
}
```]],
    ListChannelHandshakes = [[
## ListChannelHandshakes

Lists channel handshakes based on specified criteria.

- Lua: `channel:list_channel_handshakes(input)` or `channel:call("ListChannelHandshakes", input)`
- CLI: `partnercentral channel list-channel-handshakes`
- Paginated: `nextToken` in, `nextToken` out, page size `maxResults`, items in `items`: `channel:pages("ListChannelHandshakes", input)` / `channel:items("ListChannelHandshakes", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListChannelHandshakesRequest`)

- `handshakeType` (`--handshake-type`): [`HandshakeType`](#shape-handshaketype) (enum), **required**; one of `START_SERVICE_PERIOD`, `REVOKE_SERVICE_PERIOD`, `PROGRAM_MANAGEMENT_ACCOUNT`.
  Filter results by handshake type.
- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier to filter handshakes.
- `participantType` (`--participant-type`): [`ParticipantType`](#shape-participanttype) (enum), **required**; one of `SENDER`, `RECEIVER`.
  Filter by participant type (sender or receiver).
- `maxResults` (`--max-results`): integer; range 1–100.
  The maximum number of results to return in a single call.
- `statuses` (`--statuses`): list of [`HandshakeStatus`](#shape-handshakestatus) (enum).
  Filter results by handshake status.
- `associatedResourceIdentifiers` (`--associated-resource-identifiers`): list of string (length 16–1011 code points; pattern `((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})`).
  Filter by associated resource identifiers.
- `handshakeTypeFilters` (`--handshake-type-filters`): [`ListChannelHandshakesTypeFilters`](#shape-listchannelhandshakestypefilters).
  Type-specific filters for handshakes.
- `handshakeTypeSort` (`--handshake-type-sort`): [`ListChannelHandshakesTypeSort`](#shape-listchannelhandshakestypesort).
  Type-specific sorting options for handshakes.
- `nextToken` (`--next-token`): string; length 1–2048 code points; pattern `[^\x00-\x1F\x7F\x20]*`.
  Token for retrieving the next page of results.

**Output** (`ListChannelHandshakesResponse`)

- `items`: list of [`ChannelHandshakeSummary`](#shape-channelhandshakesummary).
  List of channel handshakes matching the criteria.
- `nextToken`: string; length 1–2048 code points; pattern `[^\x00-\x1F\x7F\x20]*`.
  Token for retrieving the next page of results, if available.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.

**Example**

```lua
local result, err = channel:list_channel_handshakes{
  handshakeType = "START_SERVICE_PERIOD",
  catalog = "AWS",
  participantType = "SENDER",
}
```]],
    ListProgramManagementAccounts = [[
## ListProgramManagementAccounts

Lists program management accounts based on specified criteria.

- Lua: `channel:list_program_management_accounts(input)` or `channel:call("ListProgramManagementAccounts", input)`
- CLI: `partnercentral channel list-program-management-accounts`
- Paginated: `nextToken` in, `nextToken` out, page size `maxResults`, items in `items`: `channel:pages("ListProgramManagementAccounts", input)` / `channel:items("ListProgramManagementAccounts", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListProgramManagementAccountsRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier to filter accounts.
- `maxResults` (`--max-results`): integer; range 1–100.
  The maximum number of results to return in a single call.
- `displayNames` (`--display-names`): list of string (length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`).
  Filter by display names.
- `programs` (`--programs`): list of [`Program`](#shape-program) (enum).
  Filter by program types.
- `accountIds` (`--account-ids`): list of string (length exactly 12 code points; pattern `[0-9]*`).
  Filter by AWS account IDs.
- `statuses` (`--statuses`): list of [`ProgramManagementAccountStatus`](#shape-programmanagementaccountstatus) (enum).
  Filter by program management account statuses.
- `sort` (`--sort`): [`ListProgramManagementAccountsSortBase`](#shape-listprogrammanagementaccountssortbase).
  Sorting options for the results.
- `nextToken` (`--next-token`): string; length 1–2048 code points; pattern `[^\x00-\x1F\x7F\x20]*`.
  Token for retrieving the next page of results.

**Output** (`ListProgramManagementAccountsResponse`)

- `items`: list of [`ProgramManagementAccountSummary`](#shape-programmanagementaccountsummary).
  List of program management accounts matching the criteria.
- `nextToken`: string; length 1–2048 code points; pattern `[^\x00-\x1F\x7F\x20]*`.
  Token for retrieving the next page of results, if available.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.

**Example**

```lua
local result, err = channel:list_program_management_accounts{ catalog = "AWS" }
```]],
    ListRelationships = [[
## ListRelationships

Lists partner relationships based on specified criteria.

- Lua: `channel:list_relationships(input)` or `channel:call("ListRelationships", input)`
- CLI: `partnercentral channel list-relationships`
- Paginated: `nextToken` in, `nextToken` out, page size `maxResults`, items in `items`: `channel:pages("ListRelationships", input)` / `channel:items("ListRelationships", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListRelationshipsRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier to filter relationships.
- `maxResults` (`--max-results`): integer; range 1–100.
  The maximum number of results to return in a single call.
- `associatedAccountIds` (`--associated-account-ids`): list of string (length exactly 12 code points; pattern `[0-9]*`).
  Filter by associated AWS account IDs.
- `associationTypes` (`--association-types`): list of [`AssociationType`](#shape-associationtype) (enum).
  Filter by association types.
- `displayNames` (`--display-names`): list of string (length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`).
  Filter by display names.
- `programManagementAccountIdentifiers` (`--program-management-account-identifiers`): list of string (length 17–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}`).
  Filter by program management account identifiers.
- `sort` (`--sort`): [`ListRelationshipsSortBase`](#shape-listrelationshipssortbase).
  Sorting options for the results.
- `nextToken` (`--next-token`): string; length 1–2048 code points; pattern `[^\x00-\x1F\x7F\x20]*`.
  Token for retrieving the next page of results.

**Output** (`ListRelationshipsResponse`)

- `items`: list of [`RelationshipSummary`](#shape-relationshipsummary).
  List of relationships matching the criteria.
- `nextToken`: string; length 1–2048 code points; pattern `[^\x00-\x1F\x7F\x20]*`.
  Token for retrieving the next page of results, if available.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.

**Example**

```lua
local result, err = channel:list_relationships{ catalog = "AWS" }
```]],
    ListTagsForResource = [[
## ListTagsForResource

Lists tags associated with a specific resource.

- Lua: `channel:list_tags_for_resource(input)` or `channel:call("ListTagsForResource", input)`
- CLI: `partnercentral channel list-tags-for-resource`

**Input** (`ListTagsForResourceRequest`)

- `resourceArn` (`--resource-arn`): string, **required**; length 1–1011 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/(program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?|channel-handshake/ch-[a-z0-9]{13})`.
  The Amazon Resource Name (ARN) of the resource to list tags for.

**Output** (`ListTagsForResourceResponse`)

- `tags`: list of [`Tag`](#shape-tag).
  Key-value pairs associated with the resource.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.

**Example**

```lua
local result, err = channel:list_tags_for_resource{
  resourceArn = "arn:abc:partnercentral:def:678901234567:catalog/stu/program-management-account/pma-vwxyz01234567",
}
```]],
    RejectChannelHandshake = [[
## RejectChannelHandshake

Rejects a pending channel handshake request.

- Lua: `channel:reject_channel_handshake(input)` or `channel:call("RejectChannelHandshake", input)`
- CLI: `partnercentral channel reject-channel-handshake`

**Input** (`RejectChannelHandshakeRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the handshake request.
- `identifier` (`--identifier`): string, **required**; length 16–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-handshake/)?ch-[a-z0-9]{13}`.
  The unique identifier of the channel handshake to reject.

**Output** (`RejectChannelHandshakeResponse`)

- `channelHandshakeDetail`: [`RejectChannelHandshakeDetail`](#shape-rejectchannelhandshakedetail).
  Details of the rejected channel handshake.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.

**Example**

```lua
local result, err = channel:reject_channel_handshake{ catalog = "AWS", identifier = "ch-abcdefghijklm" }
```]],
    TagResource = [[
## TagResource

Adds or updates tags for a specified resource.

- Lua: `channel:tag_resource(input)` or `channel:call("TagResource", input)`
- CLI: `partnercentral channel tag-resource`

**Input** (`TagResourceRequest`)

- `resourceArn` (`--resource-arn`): string, **required**; length 1–1011 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/(program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?|channel-handshake/ch-[a-z0-9]{13})`.
  The Amazon Resource Name (ARN) of the resource to tag.
- `tags` (`--tags`): list of [`Tag`](#shape-tag), **required**.
  Key-value pairs to associate with the resource.

**Output** (`TagResourceResponse`)

No members.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.

**Example**

```lua
local result, err = channel:tag_resource{
  resourceArn = "arn:abc:partnercentral:def:678901234567:catalog/stu/program-management-account/pma-vwxyz01234567",
  tags = { { key = "Example key", value = "Example value" } },
}
```]],
    UntagResource = [[
## UntagResource

Removes tags from a specified resource.

- Lua: `channel:untag_resource(input)` or `channel:call("UntagResource", input)`
- CLI: `partnercentral channel untag-resource`

**Input** (`UntagResourceRequest`)

- `resourceArn` (`--resource-arn`): string, **required**; length 1–1011 code points; pattern `arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/(program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?|channel-handshake/ch-[a-z0-9]{13})`.
  The Amazon Resource Name (ARN) of the resource to remove tags from.
- `tagKeys` (`--tag-keys`): list of string (length 1–128 code points; pattern `([\p{L}\p{Z}\p{N}_.:/=+\-@]*)`), **required**.
  The keys of the tags to remove from the resource.

**Output** (`UntagResourceResponse`)

No members.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.

**Example**

```lua
local result, err = channel:untag_resource{
  resourceArn = "arn:abc:partnercentral:def:678901234567:catalog/stu/program-management-account/pma-vwxyz01234567",
  tagKeys = { "Example tag keys" },
}
```]],
    UpdateProgramManagementAccount = [[
## UpdateProgramManagementAccount

Updates the properties of a program management account.

- Lua: `channel:update_program_management_account(input)` or `channel:call("UpdateProgramManagementAccount", input)`
- CLI: `partnercentral channel update-program-management-account`

**Input** (`UpdateProgramManagementAccountRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the program management account.
- `identifier` (`--identifier`): string, **required**; length 17–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}`.
  The unique identifier of the program management account to update.
- `revision` (`--revision`): string; length 1–10 code points; pattern `[0-9]*`.
  The current revision number of the program management account.
- `displayName` (`--display-name`): string; length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`.
  The new display name for the program management account.

**Output** (`UpdateProgramManagementAccountResponse`)

- `programManagementAccountDetail`: [`UpdateProgramManagementAccountDetail`](#shape-updateprogrammanagementaccountdetail).
  Details of the updated program management account.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.

**Example**

```lua
local result, err = channel:update_program_management_account{ catalog = "AWS", identifier = "pma-abcdefghijklm" }
```]],
    UpdateRelationship = [[
## UpdateRelationship

Updates the properties of a partner relationship.

- Lua: `channel:update_relationship(input)` or `channel:call("UpdateRelationship", input)`
- CLI: `partnercentral channel update-relationship`

**Input** (`UpdateRelationshipRequest`)

- `catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier for the relationship.
- `identifier` (`--identifier`): string, **required**; length 16–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}`.
  The unique identifier of the relationship to update.
- `programManagementAccountIdentifier` (`--program-management-account-identifier`): string, **required**; length 17–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}`.
  The identifier of the program management account associated with the relationship.
- `revision` (`--revision`): string; length 1–10 code points; pattern `[0-9]*`.
  The current revision number of the relationship.
- `displayName` (`--display-name`): string; length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`.
  The new display name for the relationship.
- `requestedSupportPlan` (`--requested-support-plan`): [`SupportPlan`](#shape-supportplan).
  The updated support plan for the relationship.

**Output** (`UpdateRelationshipResponse`)

- `relationshipDetail`: [`UpdateRelationshipDetail`](#shape-updaterelationshipdetail).
  Details of the updated relationship.

**Errors**

- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. The specified resource was not found.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). An internal server error occurred while processing the request.
- [`ValidationException`](#error-validationexception): not retried. The request failed validation due to invalid input parameters.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). The request was throttled due to too many requests being sent in a short period.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. The request was denied due to insufficient permissions.
- [`ConflictException`](#error-conflictexception): not retried. The request could not be completed due to a conflict with the current state of the resource.

**Example**

```lua
local result, err = channel:update_relationship{
  catalog = "AWS",
  identifier = "rs-abcdefghijklm",
  programManagementAccountIdentifier = "pma-abcdefghijklm",
}
```]],
  },
  overview = [[
AWS Partner Central Channel service for managing partner relationships, handshakes, and program management accounts.]],
  service = "channel",
  shapes = {
    AcceptChannelHandshakeDetail = [[
<a id="shape-acceptchannelhandshakedetail"></a>

### AcceptChannelHandshakeDetail

Contains details about an accepted channel handshake.

- `id`: string; length exactly 16 code points; pattern `ch-[a-z0-9]{13}`.
  The unique identifier of the accepted handshake.
- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the accepted handshake.
- `status`: [`HandshakeStatus`](#shape-handshakestatus) (enum); one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  The current status of the accepted handshake.]],
    AssociationType = [[
<a id="shape-associationtype"></a>

### AssociationType

Enum (string): `DOWNSTREAM_SELLER`, `END_CUSTOMER`, `INTERNAL`.]],
    CancelChannelHandshakeDetail = [[
<a id="shape-cancelchannelhandshakedetail"></a>

### CancelChannelHandshakeDetail

Contains details about a canceled channel handshake.

- `id`: string; length exactly 16 code points; pattern `ch-[a-z0-9]{13}`.
  The unique identifier of the canceled handshake.
- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the canceled handshake.
- `status`: [`HandshakeStatus`](#shape-handshakestatus) (enum); one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  The current status of the canceled handshake.]],
    ChannelHandshakePayload = [[
<a id="shape-channelhandshakepayload"></a>

### ChannelHandshakePayload

Contains the payload data for different types of channel handshakes.

A union: set exactly one member.

- `startServicePeriodPayload`: [`StartServicePeriodPayload`](#shape-startserviceperiodpayload).
  Payload for starting a service period handshake.
- `revokeServicePeriodPayload`: [`RevokeServicePeriodPayload`](#shape-revokeserviceperiodpayload).
  Payload for revoking a service period handshake.]],
    ChannelHandshakeSummary = [[
<a id="shape-channelhandshakesummary"></a>

### ChannelHandshakeSummary

Summary information about a channel handshake.

- `id`: string; length exactly 16 code points; pattern `ch-[a-z0-9]{13}`.
  The unique identifier of the handshake.
- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the handshake.
- `catalog`: string; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier associated with the handshake.
- `handshakeType`: [`HandshakeType`](#shape-handshaketype) (enum); one of `START_SERVICE_PERIOD`, `REVOKE_SERVICE_PERIOD`, `PROGRAM_MANAGEMENT_ACCOUNT`.
  The type of the handshake.
- `ownerAccountId`: string; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID of the handshake owner.
- `senderAccountId`: string; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID of the handshake sender.
- `senderDisplayName`: string; length 1–40 code points; pattern `[\x00-\x7E\xA9\xAE\xA2-\xA5\u202F]+`.
  The display name of the handshake sender.
- `receiverAccountId`: string; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID of the handshake receiver.
- `associatedResourceId`: string; length 16–17 code points; pattern `(pma|rs)-[a-z0-9]{13}`.
  The identifier of the resource associated with the handshake.
- `detail`: [`HandshakeDetail`](#shape-handshakedetail).
  Detailed information about the handshake.
- `createdAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the handshake was created.
- `updatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the handshake was last updated.
- `status`: [`HandshakeStatus`](#shape-handshakestatus) (enum); one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  The current status of the handshake.]],
    Coverage = [[
<a id="shape-coverage"></a>

### Coverage

Enum (string): `ENTIRE_ORGANIZATION`, `MANAGEMENT_ACCOUNT_ONLY`.]],
    CreateChannelHandshakeDetail = [[
<a id="shape-createchannelhandshakedetail"></a>

### CreateChannelHandshakeDetail

Contains details about a newly created channel handshake.

- `id`: string; length exactly 16 code points; pattern `ch-[a-z0-9]{13}`.
  The unique identifier of the created handshake.
- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the created handshake.]],
    CreateProgramManagementAccountDetail = [[
<a id="shape-createprogrammanagementaccountdetail"></a>

### CreateProgramManagementAccountDetail

Contains details about a newly created program management account.

- `id`: string; length exactly 17 code points; pattern `pma-[a-z0-9]{13}`.
  The unique identifier of the created program management account.
- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the created program management account.]],
    CreateRelationshipDetail = [[
<a id="shape-createrelationshipdetail"></a>

### CreateRelationshipDetail

Contains details about a newly created relationship.

- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the created relationship.
- `id`: string; length exactly 16 code points; pattern `rs-[a-z0-9]{13}`.
  The unique identifier of the created relationship.]],
    HandshakeDetail = [[
<a id="shape-handshakedetail"></a>

### HandshakeDetail

Contains detailed information about different types of handshakes.

A union: set exactly one member.

- `startServicePeriodHandshakeDetail`: [`StartServicePeriodHandshakeDetail`](#shape-startserviceperiodhandshakedetail).
  Details for a start service period handshake.
- `revokeServicePeriodHandshakeDetail`: [`RevokeServicePeriodHandshakeDetail`](#shape-revokeserviceperiodhandshakedetail).
  Details for a revoke service period handshake.
- `programManagementAccountHandshakeDetail`: [`ProgramManagementAccountHandshakeDetail`](#shape-programmanagementaccounthandshakedetail).
  Details for a program management account handshake.]],
    HandshakeStatus = [[
<a id="shape-handshakestatus"></a>

### HandshakeStatus

Enum (string): `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.]],
    HandshakeType = [[
<a id="shape-handshaketype"></a>

### HandshakeType

Enum (string): `START_SERVICE_PERIOD`, `REVOKE_SERVICE_PERIOD`, `PROGRAM_MANAGEMENT_ACCOUNT`.]],
    ListChannelHandshakesTypeFilters = [[
<a id="shape-listchannelhandshakestypefilters"></a>

### ListChannelHandshakesTypeFilters

Type-specific filters for listing channel handshakes.

A union: set exactly one member.

- `startServicePeriodTypeFilters`: [`StartServicePeriodTypeFilters`](#shape-startserviceperiodtypefilters).
  Filters specific to start service period handshakes.
- `revokeServicePeriodTypeFilters`: [`RevokeServicePeriodTypeFilters`](#shape-revokeserviceperiodtypefilters).
  Filters specific to revoke service period handshakes.
- `programManagementAccountTypeFilters`: [`ProgramManagementAccountTypeFilters`](#shape-programmanagementaccounttypefilters).
  Filters specific to program management account handshakes.]],
    ListChannelHandshakesTypeSort = [[
<a id="shape-listchannelhandshakestypesort"></a>

### ListChannelHandshakesTypeSort

Type-specific sorting options for listing channel handshakes.

A union: set exactly one member.

- `startServicePeriodTypeSort`: [`StartServicePeriodTypeSort`](#shape-startserviceperiodtypesort).
  Sorting options specific to start service period handshakes.
- `revokeServicePeriodTypeSort`: [`RevokeServicePeriodTypeSort`](#shape-revokeserviceperiodtypesort).
  Sorting options specific to revoke service period handshakes.
- `programManagementAccountTypeSort`: [`ProgramManagementAccountTypeSort`](#shape-programmanagementaccounttypesort).
  Sorting options specific to program management account handshakes.]],
    ListProgramManagementAccountsSortBase = [[
<a id="shape-listprogrammanagementaccountssortbase"></a>

### ListProgramManagementAccountsSortBase

Base sorting configuration for program management accounts.

- `sortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `Ascending`, `Descending`.
  The sort order (ascending or descending).
- `sortBy`: [`ListProgramManagementAccountsSortName`](#shape-listprogrammanagementaccountssortname) (enum), **required**; one of `UpdatedAt`.
  The field to sort by.]],
    ListProgramManagementAccountsSortName = [[
<a id="shape-listprogrammanagementaccountssortname"></a>

### ListProgramManagementAccountsSortName

Enum (string): `UpdatedAt`.]],
    ListRelationshipsSortBase = [[
<a id="shape-listrelationshipssortbase"></a>

### ListRelationshipsSortBase

Base sorting configuration for relationships.

- `sortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `Ascending`, `Descending`.
  The sort order (ascending or descending).
- `sortBy`: [`ListRelationshipsSortName`](#shape-listrelationshipssortname) (enum), **required**; one of `UpdatedAt`.
  The field to sort by.]],
    ListRelationshipsSortName = [[
<a id="shape-listrelationshipssortname"></a>

### ListRelationshipsSortName

Enum (string): `UpdatedAt`.]],
    ParticipantType = [[
<a id="shape-participanttype"></a>

### ParticipantType

Enum (string): `SENDER`, `RECEIVER`.]],
    PartnerLedSupport = [[
<a id="shape-partnerledsupport"></a>

### PartnerLedSupport

Configuration for partner-led support plans.

- `coverage`: [`Coverage`](#shape-coverage) (enum), **required**; one of `ENTIRE_ORGANIZATION`, `MANAGEMENT_ACCOUNT_ONLY`.
  The coverage level for partner-led support.
- `provider`: [`Provider`](#shape-provider) (enum); one of `DISTRIBUTOR`, `DISTRIBUTION_SELLER`.
  The provider of the partner-led support.
- `tamLocation`: string, **required**.
  The location of the Technical Account Manager (TAM).]],
    Program = [[
<a id="shape-program"></a>

### Program

Enum (string): `SOLUTION_PROVIDER`, `DISTRIBUTION`, `DISTRIBUTION_SELLER`.]],
    ProgramManagementAccountHandshakeDetail = [[
<a id="shape-programmanagementaccounthandshakedetail"></a>

### ProgramManagementAccountHandshakeDetail

Details specific to program management account handshakes.

- `program`: [`Program`](#shape-program) (enum); one of `SOLUTION_PROVIDER`, `DISTRIBUTION`, `DISTRIBUTION_SELLER`.
  The program associated with the handshake.]],
    ProgramManagementAccountStatus = [[
<a id="shape-programmanagementaccountstatus"></a>

### ProgramManagementAccountStatus

Enum (string): `PENDING`, `ACTIVE`, `INACTIVE`.]],
    ProgramManagementAccountSummary = [[
<a id="shape-programmanagementaccountsummary"></a>

### ProgramManagementAccountSummary

Summary information about a program management account.

- `id`: string; length exactly 17 code points; pattern `pma-[a-z0-9]{13}`.
  The unique identifier of the program management account.
- `revision`: string; length 1–10 code points; pattern `[0-9]*`.
  The current revision number of the program management account.
- `catalog`: string; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier associated with the account.
- `program`: [`Program`](#shape-program) (enum); one of `SOLUTION_PROVIDER`, `DISTRIBUTION`, `DISTRIBUTION_SELLER`.
  The program type for the management account.
- `displayName`: string; length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`.
  The display name of the program management account.
- `accountId`: string; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID associated with the program management account.
- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the program management account.
- `createdAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the account was created.
- `updatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the account was last updated.
- `startDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The start date of the program management account.
- `status`: [`ProgramManagementAccountStatus`](#shape-programmanagementaccountstatus) (enum); one of `PENDING`, `ACTIVE`, `INACTIVE`.
  The current status of the program management account.]],
    ProgramManagementAccountTypeFilters = [[
<a id="shape-programmanagementaccounttypefilters"></a>

### ProgramManagementAccountTypeFilters

Type-specific filters for program management accounts.

- `programs`: list of [`Program`](#shape-program) (enum).
  Filter by program types.]],
    ProgramManagementAccountTypeSort = [[
<a id="shape-programmanagementaccounttypesort"></a>

### ProgramManagementAccountTypeSort

Type-specific sorting options for program management accounts.

- `sortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `Ascending`, `Descending`.
  The sort order (ascending or descending).
- `sortBy`: [`ProgramManagementAccountTypeSortName`](#shape-programmanagementaccounttypesortname) (enum), **required**; one of `UpdatedAt`.
  The field to sort by.]],
    ProgramManagementAccountTypeSortName = [[
<a id="shape-programmanagementaccounttypesortname"></a>

### ProgramManagementAccountTypeSortName

Enum (string): `UpdatedAt`.]],
    Provider = [[
<a id="shape-provider"></a>

### Provider

Enum (string): `DISTRIBUTOR`, `DISTRIBUTION_SELLER`.]],
    RejectChannelHandshakeDetail = [[
<a id="shape-rejectchannelhandshakedetail"></a>

### RejectChannelHandshakeDetail

Contains details about a rejected channel handshake.

- `id`: string; length exactly 16 code points; pattern `ch-[a-z0-9]{13}`.
  The unique identifier of the rejected handshake.
- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the rejected handshake.
- `status`: [`HandshakeStatus`](#shape-handshakestatus) (enum); one of `PENDING`, `ACCEPTED`, `REJECTED`, `CANCELED`, `EXPIRED`.
  The current status of the rejected handshake.]],
    RelationshipDetail = [[
<a id="shape-relationshipdetail"></a>

### RelationshipDetail

Detailed information about a partner relationship.

- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the relationship.
- `id`: string; length exactly 16 code points; pattern `rs-[a-z0-9]{13}`.
  The unique identifier of the relationship.
- `revision`: string; length 1–10 code points; pattern `[0-9]*`.
  The current revision number of the relationship.
- `catalog`: string; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier associated with the relationship.
- `associationType`: [`AssociationType`](#shape-associationtype) (enum); one of `DOWNSTREAM_SELLER`, `END_CUSTOMER`, `INTERNAL`.
  The type of association for the relationship.
- `programManagementAccountId`: string; length exactly 17 code points; pattern `pma-[a-z0-9]{13}`.
  The identifier of the program management account.
- `associatedAccountId`: string; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID associated in this relationship.
- `displayName`: string; length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`.
  The display name of the relationship.
- `resaleAccountModel`: [`ResaleAccountModel`](#shape-resaleaccountmodel) (enum); one of `DISTRIBUTOR`, `END_CUSTOMER`, `SOLUTION_PROVIDER`.
  The resale account model for the relationship.
- `sector`: [`Sector`](#shape-sector) (enum); one of `COMMERCIAL`, `GOVERNMENT`, `GOVERNMENT_EXCEPTION`.
  The business sector for the relationship.
- `createdAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the relationship was created.
- `updatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the relationship was last updated.
- `startDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The start date of the relationship.]],
    RelationshipSummary = [[
<a id="shape-relationshipsummary"></a>

### RelationshipSummary

Summary information about a partner relationship.

- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the relationship.
- `id`: string; length exactly 16 code points; pattern `rs-[a-z0-9]{13}`.
  The unique identifier of the relationship.
- `revision`: string; length 1–10 code points; pattern `[0-9]*`.
  The current revision number of the relationship.
- `catalog`: string; length 1–64 code points; pattern `[a-zA-Z]*`.
  The catalog identifier associated with the relationship.
- `associationType`: [`AssociationType`](#shape-associationtype) (enum); one of `DOWNSTREAM_SELLER`, `END_CUSTOMER`, `INTERNAL`.
  The type of association for the relationship.
- `programManagementAccountId`: string; length exactly 17 code points; pattern `pma-[a-z0-9]{13}`.
  The identifier of the program management account.
- `associatedAccountId`: string; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID associated in this relationship.
- `displayName`: string; length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`.
  The display name of the relationship.
- `sector`: [`Sector`](#shape-sector) (enum); one of `COMMERCIAL`, `GOVERNMENT`, `GOVERNMENT_EXCEPTION`.
  The business sector for the relationship.
- `createdAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the relationship was created.
- `updatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the relationship was last updated.
- `startDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The start date of the relationship.]],
    ResaleAccountModel = [[
<a id="shape-resaleaccountmodel"></a>

### ResaleAccountModel

Enum (string): `DISTRIBUTOR`, `END_CUSTOMER`, `SOLUTION_PROVIDER`.]],
    ResoldEnterprise = [[
<a id="shape-resoldenterprise"></a>

### ResoldEnterprise

Configuration for resold enterprise support plans.

- `coverage`: [`Coverage`](#shape-coverage) (enum), **required**; one of `ENTIRE_ORGANIZATION`, `MANAGEMENT_ACCOUNT_ONLY`.
  The coverage level for resold enterprise support.
- `tamLocation`: string, **required**.
  The location of the Technical Account Manager (TAM).
- `chargeAccountId`: string; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID to charge for the support plan.]],
    ResoldUnifiedOperations = [[
<a id="shape-resoldunifiedoperations"></a>

### ResoldUnifiedOperations

Configuration for resold unified operations support plans.

- `coverage`: [`Coverage`](#shape-coverage) (enum), **required**; one of `ENTIRE_ORGANIZATION`, `MANAGEMENT_ACCOUNT_ONLY`.
  The coverage level for resold unified operations support.
- `tamLocation`: string, **required**.
  The location of the Technical Account Manager (TAM).
- `chargeAccountId`: string; length exactly 12 code points; pattern `[0-9]*`.
  The AWS account ID to charge for the support plan.]],
    RevokeServicePeriodHandshakeDetail = [[
<a id="shape-revokeserviceperiodhandshakedetail"></a>

### RevokeServicePeriodHandshakeDetail

Details specific to revoke service period handshakes.

- `note`: string; length 1–300 code points; pattern `[^\x00-\x1F\x7F]*`.
  A note explaining the reason for revoking the service period.
- `servicePeriodType`: [`ServicePeriodType`](#shape-serviceperiodtype) (enum); one of `MINIMUM_NOTICE_PERIOD`, `FIXED_COMMITMENT_PERIOD`.
  The type of service period being revoked.
- `minimumNoticeDays`: string; length 1–10 code points; pattern `[0-9]*`.
  The minimum number of days notice required for revocation.
- `startDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The start date of the service period being revoked.
- `endDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The end date of the service period being revoked.]],
    RevokeServicePeriodPayload = [[
<a id="shape-revokeserviceperiodpayload"></a>

### RevokeServicePeriodPayload

Payload for revoke service period handshake requests.

- `programManagementAccountIdentifier`: string, **required**; length 17–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}`.
  The identifier of the program management account.
- `note`: string; length 1–300 code points; pattern `[^\x00-\x1F\x7F]*`.
  A note explaining the reason for revoking the service period.]],
    RevokeServicePeriodTypeFilters = [[
<a id="shape-revokeserviceperiodtypefilters"></a>

### RevokeServicePeriodTypeFilters

Filters specific to revoke service period handshakes.

- `servicePeriodTypes`: list of [`ServicePeriodType`](#shape-serviceperiodtype) (enum).
  Filter by service period types.]],
    RevokeServicePeriodTypeSort = [[
<a id="shape-revokeserviceperiodtypesort"></a>

### RevokeServicePeriodTypeSort

Sorting options specific to revoke service period handshakes.

- `sortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `Ascending`, `Descending`.
  The sort order (ascending or descending).
- `sortBy`: [`RevokeServicePeriodTypeSortName`](#shape-revokeserviceperiodtypesortname) (enum), **required**; one of `UpdatedAt`.
  The field to sort by.]],
    RevokeServicePeriodTypeSortName = [[
<a id="shape-revokeserviceperiodtypesortname"></a>

### RevokeServicePeriodTypeSortName

Enum (string): `UpdatedAt`.]],
    Sector = [[
<a id="shape-sector"></a>

### Sector

Enum (string): `COMMERCIAL`, `GOVERNMENT`, `GOVERNMENT_EXCEPTION`.]],
    ServicePeriodType = [[
<a id="shape-serviceperiodtype"></a>

### ServicePeriodType

Enum (string): `MINIMUM_NOTICE_PERIOD`, `FIXED_COMMITMENT_PERIOD`.]],
    SortOrder = [[
<a id="shape-sortorder"></a>

### SortOrder

Enum (string): `Ascending`, `Descending`.]],
    StartServicePeriodHandshakeDetail = [[
<a id="shape-startserviceperiodhandshakedetail"></a>

### StartServicePeriodHandshakeDetail

Details specific to start service period handshakes.

- `note`: string; length 1–300 code points; pattern `[^\x00-\x1F\x7F]*`.
  A note providing additional information about the service period.
- `servicePeriodType`: [`ServicePeriodType`](#shape-serviceperiodtype) (enum); one of `MINIMUM_NOTICE_PERIOD`, `FIXED_COMMITMENT_PERIOD`.
  The type of service period being started.
- `minimumNoticeDays`: string; length 1–10 code points; pattern `[0-9]*`.
  The minimum number of days notice required for changes.
- `startDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The start date of the service period.
- `endDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The end date of the service period.]],
    StartServicePeriodPayload = [[
<a id="shape-startserviceperiodpayload"></a>

### StartServicePeriodPayload

Payload for start service period handshake requests.

- `programManagementAccountIdentifier`: string, **required**; length 17–1011 code points; pattern `(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}`.
  The identifier of the program management account.
- `note`: string; length 1–300 code points; pattern `[^\x00-\x1F\x7F]*`.
  A note providing additional information about the service period.
- `servicePeriodType`: [`ServicePeriodType`](#shape-serviceperiodtype) (enum), **required**; one of `MINIMUM_NOTICE_PERIOD`, `FIXED_COMMITMENT_PERIOD`.
  The type of service period being started.
- `minimumNoticeDays`: string; length 1–10 code points; pattern `[0-9]*`.
  The minimum number of days notice required for changes.
- `endDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The end date of the service period.]],
    StartServicePeriodTypeFilters = [[
<a id="shape-startserviceperiodtypefilters"></a>

### StartServicePeriodTypeFilters

Filters specific to start service period handshakes.

- `servicePeriodTypes`: list of [`ServicePeriodType`](#shape-serviceperiodtype) (enum).
  Filter by service period types.]],
    StartServicePeriodTypeSort = [[
<a id="shape-startserviceperiodtypesort"></a>

### StartServicePeriodTypeSort

Sorting options specific to start service period handshakes.

- `sortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `Ascending`, `Descending`.
  The sort order (ascending or descending).
- `sortBy`: [`StartServicePeriodTypeSortName`](#shape-startserviceperiodtypesortname) (enum), **required**; one of `UpdatedAt`.
  The field to sort by.]],
    StartServicePeriodTypeSortName = [[
<a id="shape-startserviceperiodtypesortname"></a>

### StartServicePeriodTypeSortName

Enum (string): `UpdatedAt`.]],
    SupportPlan = [[
<a id="shape-supportplan"></a>

### SupportPlan

Configuration for different types of support plans.

A union: set exactly one member.

- `resoldEnterprise`: [`ResoldEnterprise`](#shape-resoldenterprise).
  Configuration for resold enterprise support plans.
- `partnerLedSupport`: [`PartnerLedSupport`](#shape-partnerledsupport).
  Configuration for partner-led support plans.
- `resoldUnifiedOperations`: [`ResoldUnifiedOperations`](#shape-resoldunifiedoperations).
  Configuration for resold unified operations support plans.]],
    Tag = [[
<a id="shape-tag"></a>

### Tag

A key-value pair that can be associated with a resource.

- `key`: string, **required**; length 1–128 code points; pattern `([\p{L}\p{Z}\p{N}_.:/=+\-@]*)`.
  The key of the tag.
- `value`: string, **required**; length 0–256 code points; pattern `([\p{L}\p{Z}\p{N}_.:/=+\-@]*)`.
  The value of the tag.]],
    UpdateProgramManagementAccountDetail = [[
<a id="shape-updateprogrammanagementaccountdetail"></a>

### UpdateProgramManagementAccountDetail

Contains details about an updated program management account.

- `id`: string; length exactly 17 code points; pattern `pma-[a-z0-9]{13}`.
  The unique identifier of the updated program management account.
- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the updated program management account.
- `revision`: string; length 1–10 code points; pattern `[0-9]*`.
  The new revision number of the program management account.
- `displayName`: string; length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`.
  The updated display name of the program management account.]],
    UpdateRelationshipDetail = [[
<a id="shape-updaterelationshipdetail"></a>

### UpdateRelationshipDetail

Contains details about an updated relationship.

- `arn`: string; length 1–1011 code points.
  The Amazon Resource Name (ARN) of the updated relationship.
- `id`: string; length exactly 16 code points; pattern `rs-[a-z0-9]{13}`.
  The unique identifier of the updated relationship.
- `revision`: string; length 1–10 code points; pattern `[0-9]*`.
  The new revision number of the relationship.
- `displayName`: string; length 1–30 code points; pattern `[^\x00-\x1F\x7F]*`.
  The updated display name of the relationship.]],
    ValidationExceptionField = [[
<a id="shape-validationexceptionfield"></a>

### ValidationExceptionField

Information about a field that failed validation.

- `name`: string, **required**.
  The name of the field that failed validation.
- `code`: string, **required**.
  The validation error code for the field.
- `message`: string, **required**.
  A descriptive message about the validation error.]],
    ValidationExceptionReason = [[
<a id="shape-validationexceptionreason"></a>

### ValidationExceptionReason

Enum (string): `REQUEST_VALIDATION_FAILED`, `BUSINESS_VALIDATION_FAILED`.]],
  },
  shapes_of = {
    AcceptChannelHandshake = { "AcceptChannelHandshakeDetail", "HandshakeStatus" },
    CancelChannelHandshake = { "CancelChannelHandshakeDetail", "HandshakeStatus" },
    CreateChannelHandshake = {
      "ChannelHandshakePayload",
      "CreateChannelHandshakeDetail",
      "HandshakeType",
      "RevokeServicePeriodPayload",
      "ServicePeriodType",
      "StartServicePeriodPayload",
      "Tag",
    },
    CreateProgramManagementAccount = { "CreateProgramManagementAccountDetail", "Program", "Tag" },
    CreateRelationship = {
      "AssociationType",
      "Coverage",
      "CreateRelationshipDetail",
      "PartnerLedSupport",
      "Provider",
      "ResaleAccountModel",
      "ResoldEnterprise",
      "ResoldUnifiedOperations",
      "Sector",
      "SupportPlan",
      "Tag",
    },
    DeleteProgramManagementAccount = {},
    DeleteRelationship = {},
    GetRelationship = { "AssociationType", "RelationshipDetail", "ResaleAccountModel", "Sector" },
    ListChannelHandshakes = {
      "ChannelHandshakeSummary",
      "HandshakeDetail",
      "HandshakeStatus",
      "HandshakeType",
      "ListChannelHandshakesTypeFilters",
      "ListChannelHandshakesTypeSort",
      "ParticipantType",
      "Program",
      "ProgramManagementAccountHandshakeDetail",
      "ProgramManagementAccountTypeFilters",
      "ProgramManagementAccountTypeSort",
      "ProgramManagementAccountTypeSortName",
      "RevokeServicePeriodHandshakeDetail",
      "RevokeServicePeriodTypeFilters",
      "RevokeServicePeriodTypeSort",
      "RevokeServicePeriodTypeSortName",
      "ServicePeriodType",
      "SortOrder",
      "StartServicePeriodHandshakeDetail",
      "StartServicePeriodTypeFilters",
      "StartServicePeriodTypeSort",
      "StartServicePeriodTypeSortName",
    },
    ListProgramManagementAccounts = {
      "ListProgramManagementAccountsSortBase",
      "ListProgramManagementAccountsSortName",
      "Program",
      "ProgramManagementAccountStatus",
      "ProgramManagementAccountSummary",
      "SortOrder",
    },
    ListRelationships = {
      "AssociationType",
      "ListRelationshipsSortBase",
      "ListRelationshipsSortName",
      "RelationshipSummary",
      "Sector",
      "SortOrder",
    },
    ListTagsForResource = { "Tag" },
    RejectChannelHandshake = { "HandshakeStatus", "RejectChannelHandshakeDetail" },
    TagResource = { "Tag" },
    UntagResource = {},
    UpdateProgramManagementAccount = { "UpdateProgramManagementAccountDetail" },
    UpdateRelationship = {
      "Coverage",
      "PartnerLedSupport",
      "Provider",
      "ResoldEnterprise",
      "ResoldUnifiedOperations",
      "SupportPlan",
      "UpdateRelationshipDetail",
    },
  },
  summaries = {
    AcceptChannelHandshake = [[
Accepts a pending channel handshake request from another AWS account.]],
    CancelChannelHandshake = "Cancels a pending channel handshake request.",
    CreateChannelHandshake = [[
Creates a new channel handshake request to establish a partnership with another AWS account.]],
    CreateProgramManagementAccount = [[
Creates a new program management account for managing partner relationships.]],
    CreateRelationship = "Creates a new partner relationship between accounts.",
    DeleteProgramManagementAccount = "Deletes a program management account.",
    DeleteRelationship = "Deletes a partner relationship.",
    GetRelationship = "Retrieves details of a specific partner relationship.",
    ListChannelHandshakes = "Lists channel handshakes based on specified criteria.",
    ListProgramManagementAccounts = [[
Lists program management accounts based on specified criteria.]],
    ListRelationships = "Lists partner relationships based on specified criteria.",
    ListTagsForResource = "Lists tags associated with a specific resource.",
    RejectChannelHandshake = "Rejects a pending channel handshake request.",
    TagResource = "Adds or updates tags for a specified resource.",
    UntagResource = "Removes tags from a specified resource.",
    UpdateProgramManagementAccount = "Updates the properties of a program management account.",
    UpdateRelationship = "Updates the properties of a partner relationship.",
  },
  title = "Partner Central Channel API",
  waiters = [[
## Waiters

None: the model has no asynchronous task the SDK waits for.]],
}
