-- derived from the AWS service model partnercentral-selling-2022-07-26 (its documentation, Apache-2.0, see NOTICE); changed by tools/gen-docs.lua; do not edit
-- The reference sections of doc/api/selling.md, read by `partnercentral help`.
return {
  errors = {
    AccessDeniedException = [[
<a id="error-accessdeniedexception"></a>

### AccessDeniedException

This error occurs when you don't have permission to perform the requested action.

You don’t have access to this action or resource. Review IAM policies or contact your AWS administrator for assistance.

Not retried; `err.code` is `"AccessDeniedException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `Reason`: [`AccessDeniedExceptionErrorCode`](#shape-accessdeniedexceptionerrorcode) (enum); one of `INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE`.
  The reason why access was denied for the requested operation.]],
    ConflictException = [[
<a id="error-conflictexception"></a>

### ConflictException

This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.

Suggested action: Fetch the latest state of the resource, verify the state, and retry the request.

Not retried; `err.code` is `"ConflictException"`, `err.kind` is `"service"`.]],
    InternalServerException = [[
<a id="error-internalserverexception"></a>

### InternalServerException

This error occurs when the specified resource can’t be found or doesn't exist. Resource ID and type might be incorrect.

Suggested action: This is usually a transient error. Retry after the provided retry delay or a short interval. If the problem persists, contact AWS support.

Retried (transient server error); `err.code` is `"InternalServerException"`, `err.kind` is `"service"`, a server fault (HTTP 5xx).]],
    ResourceNotFoundException = [[
<a id="error-resourcenotfoundexception"></a>

### ResourceNotFoundException

This error occurs when the specified resource can't be found. The resource might not exist, or isn't visible with the current credentials.

Suggested action: Verify that the resource ID is correct and the resource is in the expected AWS region. Check IAM permissions for accessing the resource.

Not retried; `err.code` is `"ResourceNotFoundException"`, `err.kind` is `"service"`.]],
    ServiceQuotaExceededException = [[
<a id="error-servicequotaexceededexception"></a>

### ServiceQuotaExceededException

This error occurs when the request would cause a service quota to be exceeded. Service quotas represent the maximum allowed use of a specific resource, and this error indicates that the request would surpass that limit.

Suggested action: Review the [Quotas](https://docs.aws.amazon.com/partner-central/latest/selling-api/quotas.html) for the resource, and either reduce usage or request a quota increase.

Not retried; `err.code` is `"ServiceQuotaExceededException"`, `err.kind` is `"service"`.]],
    ThrottlingException = [[
<a id="error-throttlingexception"></a>

### ThrottlingException

This error occurs when there are too many requests sent. Review the provided quotas and adapt your usage to avoid throttling.

This error occurs when there are too many requests sent. Review the provided [Quotas](https://docs.aws.amazon.com/partner-central/latest/selling-api/quotas.html) and retry after the provided delay.

Retried (throttling: backoff, retry quota); `err.code` is `"ThrottlingException"`, `err.kind` is `"service"`.]],
    ValidationException = [[
<a id="error-validationexception"></a>

### ValidationException

The input fails to satisfy the constraints specified by the service or business validation rules.

Suggested action: Review the error message, including the failed fields and reasons, to correct the request payload.

Not retried; `err.code` is `"ValidationException"`, `err.kind` is `"service"`.

Fields (`err.fields`):

- `Reason`: [`ValidationExceptionReason`](#shape-validationexceptionreason) (enum), **required**; one of `REQUEST_VALIDATION_FAILED`, `BUSINESS_VALIDATION_FAILED`.
  The primary reason for this validation exception to occur.

  - *REQUEST_VALIDATION_FAILED:* The request format is not valid.

    Fix: Verify your request payload includes all required fields, uses correct data types and string formats.
  - *BUSINESS_VALIDATION_FAILED:* The requested change doesn't pass the business validation rules.

    Fix: Check that your change aligns with the business rules defined by AWS Partner Central.
- `ErrorList`: list of [`ValidationExceptionError`](#shape-validationexceptionerror).
  A list of issues that were discovered in the submitted request or the resource state.]],
  },
  errors_of = {
    AcceptEngagementInvitation = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    AssignOpportunity = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    AssociateOpportunity = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    CreateEngagement = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
    },
    CreateEngagementContext = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
    },
    CreateEngagementInvitation = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
    },
    CreateOpportunity = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    CreateResourceSnapshot = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
    },
    CreateResourceSnapshotJob = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
    },
    DeleteResourceSnapshotJob = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    DisassociateOpportunity = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    GetAwsOpportunitySummary = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    GetEngagement = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    GetEngagementInvitation = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    GetOpportunity = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    GetProspectingFromEngagementTask = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    GetResourceSnapshot = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    GetResourceSnapshotJob = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    GetSellingSystemSettings = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListEngagementByAcceptingInvitationTasks = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListEngagementFromOpportunityTasks = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListEngagementInvitations = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListEngagementMembers = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListEngagementResourceAssociations = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListEngagements = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListOpportunities = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListOpportunityFromEngagementTasks = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListProspectingFromEngagementTasks = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
    },
    ListResourceSnapshotJobs = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListResourceSnapshots = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListSolutions = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    ListTagsForResource = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    PutSellingSystemSettings = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    RejectEngagementInvitation = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    StartEngagementByAcceptingInvitationTask = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
    },
    StartEngagementFromOpportunityTask = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
    },
    StartOpportunityFromEngagementTask = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
    },
    StartProspectingFromEngagementTask = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    StartResourceSnapshotJob = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    StopResourceSnapshotJob = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    SubmitOpportunity = {
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    TagResource = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    UntagResource = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
    UpdateEngagementContext = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
    },
    UpdateOpportunity = {
      "ConflictException",
      "ThrottlingException",
      "AccessDeniedException",
      "InternalServerException",
      "ValidationException",
      "ResourceNotFoundException",
    },
  },
  operations = {
    AcceptEngagementInvitation = [[
## AcceptEngagementInvitation

Use the `AcceptEngagementInvitation` action to accept an engagement invitation shared by AWS. Accepting the invitation indicates your willingness to participate in the engagement, granting you access to all engagement-related data.

- Lua: `selling:accept_engagement_invitation(input)` or `selling:call("AcceptEngagementInvitation", input)`
- CLI: `partnercentral selling accept-engagement-invitation`

**Input** (`AcceptEngagementInvitationRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  The `CatalogType` parameter specifies the catalog associated with the engagement invitation. Accepted values are `AWS` and `Sandbox`, which determine the environment in which the engagement invitation is managed.
- `Identifier` (`--identifier`): string, **required**; pattern `(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})`.
  The `Identifier` parameter in the `AcceptEngagementInvitationRequest` specifies the unique identifier of the `EngagementInvitation` to be accepted. Providing the correct identifier ensures that the intended invitation is accepted.

**Output** (`none`)

No members.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:accept_engagement_invitation{ Catalog = "AWS", Identifier = "engi-abcdefghijklm" }
```]],
    AssignOpportunity = [[
## AssignOpportunity

Enables you to reassign an existing `Opportunity` to another user within your Partner Central account. The specified user receives the opportunity, and it appears on their Partner Central dashboard, allowing them to take necessary actions or proceed with the opportunity.

This is useful for distributing opportunities to the appropriate team members or departments within your organization, ensuring that each opportunity is handled by the right person. By default, the opportunity owner is the one who creates it. Currently, there's no API to enumerate the list of available users.

- Lua: `selling:assign_opportunity(input)` or `selling:call("AssignOpportunity", input)`
- CLI: `partnercentral selling assign-opportunity`

**Input** (`AssignOpportunityRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the opportunity is assigned in. Use `AWS` to assign real opportunities in the Amazon Web Services catalog, and `Sandbox` for testing in secure, isolated environments.
- `Identifier` (`--identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  Requires the `Opportunity`'s unique identifier when you want to assign it to another user. Provide the correct identifier so the intended opportunity is reassigned.
- `Assignee` (`--assignee`): [`AssigneeContact`](#shape-assigneecontact), **required**.
  Specifies the user or team member responsible for managing the assigned opportunity. This field identifies the *Assignee* based on the partner's internal team structure. Ensure that the email address is associated with a registered user in your Partner Central account.

**Output** (`none`)

No members.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:assign_opportunity{
  Catalog = "AWS",
  Identifier = "O012",
  Assignee = {
    Email = "user@example.com",
    FirstName = "Example first name",
    LastName = "Example last name",
    BusinessTitle = "Example business title",
  },
}
```]],
    AssociateOpportunity = [[
## AssociateOpportunity

Enables you to create a formal association between an `Opportunity` and various related entities, enriching the context and details of the opportunity for better collaboration and decision making. You can associate an opportunity with the following entity types:

- Partner Solution: A software product or consulting practice created and delivered by Partners. Partner Solutions help customers address business challenges using Amazon Web Services services.
- Amazon Web Services Products: Amazon Web Services offers many products and services that provide scalable, reliable, and cost-effective infrastructure solutions. For the latest list of Amazon Web Services products, see [Amazon Web Services products](https://github.com/aws-samples/partner-crm-integration-samples/blob/main/resources/aws_products.json).
- Amazon Web Services Marketplace private offer: Allows Amazon Web Services Marketplace sellers to extend custom pricing and terms to individual Amazon Web Services customers. Sellers can negotiate custom prices, payment schedules, and end user license terms through private offers, enabling Amazon Web Services customers to acquire software solutions tailored to their specific needs. For more information, see [Private offers in Amazon Web Services Marketplace](https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-private-offers.html).

To obtain identifiers for these entities, use the following methods:

- Solution: Use the `ListSolutions` operation.
- AWS Products: For the latest list of Amazon Web Services products, see [Amazon Web Services products](https://github.com/aws-samples/partner-crm-integration-samples/blob/main/resources/aws_products.json).
- Amazon Web Services Marketplace private offer: Use the [Using the Amazon Web Services Marketplace Catalog API](https://docs.aws.amazon.com/marketplace/latest/APIReference/catalog-apis.html) to list entities. Specifically, use the `ListEntities` operation to retrieve a list of private offers. The request returns the details of available private offers. For more information, see [ListEntities](https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_ListEntities.html).

- Lua: `selling:associate_opportunity(input)` or `selling:call("AssociateOpportunity", input)`
- CLI: `partnercentral selling associate-opportunity`

**Input** (`AssociateOpportunityRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the opportunity association is made in. Use `AWS` to associate opportunities in the Amazon Web Services catalog, and `Sandbox` for testing in secure, isolated environments.
- `OpportunityIdentifier` (`--opportunity-identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  Requires the `Opportunity`'s unique identifier when you want to associate it with a related entity. Provide the correct identifier so the intended opportunity is updated with the association.
- `RelatedEntityType` (`--related-entity-type`): [`RelatedEntityType`](#shape-relatedentitytype) (enum), **required**; one of `Solutions`, `AwsProducts`, `AwsMarketplaceOffers`, `AwsMarketplaceOfferSets`, `AwsMarketplaceSolutions`, `AwsMarketplaceProducts`.
  Specifies the entity type that you're associating with the `Opportunity`. This helps to categorize and properly process the association.
- `RelatedEntityIdentifier` (`--related-entity-identifier`): string, **required**; pattern `(?s).{1,255}`.
  Requires the related entity's unique identifier when you want to associate it with the `Opportunity`. For Amazon Web Services Marketplace entities, provide the Amazon Resource Name (ARN). Use the [Amazon Web Services Marketplace API](https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/welcome.html) to obtain the ARN.

**Output** (`none`)

No members.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:associate_opportunity{
  Catalog = "AWS",
  OpportunityIdentifier = "O012",
  RelatedEntityType = "Solutions",
  RelatedEntityIdentifier = "Example related entity identifier",
}
```]],
    CreateEngagement = [[
## CreateEngagement

The `CreateEngagement` action allows you to create an `Engagement`, which serves as a collaborative space between different parties such as AWS Partners and AWS Sellers. This action automatically adds the caller's AWS account as an active member of the newly created `Engagement`.

- Lua: `selling:create_engagement(input)` or `selling:call("CreateEngagement", input)`
- CLI: `partnercentral selling create-engagement`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateEngagementRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  The `CreateEngagementRequest$Catalog` parameter specifies the catalog related to the engagement. Accepted values are `AWS` and `Sandbox`, which determine the environment in which the engagement is managed.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  The `CreateEngagementRequest$ClientToken` parameter specifies a unique, case-sensitive identifier to ensure that the request is handled exactly once. The value must not exceed sixty-four alphanumeric characters.
- `Title` (`--title`): string; pattern `(?s).{0,40}`.
  Specifies the title of the `Engagement`.
- `Description` (`--description`): string; pattern `(?s).{0,255}`.
  Provides a description of the `Engagement`.
- `Contexts` (`--contexts`): list of [`EngagementContextDetails`](#shape-engagementcontextdetails), 0–5 entries.
  The `Contexts` field is a required array of objects, with a maximum of 5 contexts allowed, specifying detailed information about customer projects associated with the Engagement. Each context object contains a `Type` field indicating the context type, which must be `CustomerProject` in this version, and a `Payload` field containing the `CustomerProject` details. The `CustomerProject` object is composed of two main components: `Customer` and `Project`. The `Customer` object includes information such as `CompanyName`, `WebsiteUrl`, `Industry`, and `CountryCode`, providing essential details about the customer. The `Project` object contains `Title`, `BusinessProblem`, and `TargetCompletionDate`, offering insights into the specific project associated with the customer. This structure allows comprehensive context to be included within the Engagement, facilitating effective collaboration between parties by providing relevant customer and project information.

**Output** (`CreateEngagementResponse`)

- `Id`: string; pattern `eng-[0-9a-z]{14}`.
  Unique identifier assigned to the newly created engagement.
- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) that identifies the engagement.
- `ModifiedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the engagement was last modified, in ISO 8601 format (UTC). For newly created engagements, this value matches the creation timestamp. Example: "2023-05-01T20:37:46Z".

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. This error occurs when the request would cause a service quota to be exceeded.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:create_engagement{ Catalog = "AWS" }
```]],
    CreateEngagementContext = [[
## CreateEngagementContext

Creates a new context within an existing engagement. This action allows you to add contextual information such as customer projects or documents to an engagement, providing additional details that help facilitate collaboration between engagement members.

- Lua: `selling:create_engagement_context(input)` or `selling:call("CreateEngagementContext", input)`
- CLI: `partnercentral selling create-engagement-context`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateEngagementContextRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the engagement context request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the engagement context is created in. Use `AWS` to create contexts in the production environment, and `Sandbox` for testing in secure, isolated environments.
- `EngagementIdentifier` (`--engagement-identifier`): string, **required**; pattern `(arn:.*|eng-[0-9a-z]{14})`.
  The unique identifier of the `Engagement` for which the context is being created. This parameter ensures the context is associated with the correct engagement and provides the necessary linkage between the engagement and its contextual information.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  A unique, case-sensitive identifier provided by the client to ensure that the request is handled exactly once. This token helps prevent duplicate context creations and must not exceed sixty-four alphanumeric characters. Use a UUID or other unique string to ensure idempotency.
- `Type` (`--type`): [`EngagementContextType`](#shape-engagementcontexttype) (enum), **required**; one of `CustomerProject`, `Lead`, `ProspectingResult`.
  Specifies the type of context being created for the engagement. This field determines the structure and content of the context payload. Valid values include `CustomerProject` for customer project-related contexts. The type field ensures that the context is properly categorized and processed according to its intended purpose.
- `Payload` (`--payload`): [`EngagementContextPayload`](#shape-engagementcontextpayload), **required**.

**Output** (`CreateEngagementContextResponse`)

- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the engagement to which the context was added. This ID confirms the successful association of the context with the specified engagement.
- `EngagementArn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the engagement to which the context was added. This globally unique identifier can be used for cross-service references and IAM policies.
- `EngagementLastModifiedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the engagement was last modified as a result of adding the context, in ISO 8601 format (UTC). Example: "2023-05-01T20:37:46Z".
- `ContextId`: string; pattern `(?s).{1,3}`.
  The unique identifier assigned to the newly created engagement context. This ID can be used to reference the specific context within the engagement for future operations.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. This error occurs when the request would cause a service quota to be exceeded.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:create_engagement_context{
  Catalog = "AWS",
  EngagementIdentifier = "eng-abcdefghijklmn",
  Type = "CustomerProject",
  Payload = {
    CustomerProject = {
      Customer = {
        Industry = "Aerospace",
        CompanyName = "Example company name",
        WebsiteUrl = "https://example.com",
        CountryCode = "US",
      },
    },
  },
}
```]],
    CreateEngagementInvitation = [[
## CreateEngagementInvitation

This action creates an invitation from a sender to a single receiver to join an engagement.

- Lua: `selling:create_engagement_invitation(input)` or `selling:call("CreateEngagementInvitation", input)`
- CLI: `partnercentral selling create-engagement-invitation`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateEngagementInvitationRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the engagement. Accepted values are `AWS` and `Sandbox`, which determine the environment in which the engagement is managed.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  Specifies a unique, client-generated UUID to ensure that the request is handled exactly once. This token helps prevent duplicate invitation creations.
- `EngagementIdentifier` (`--engagement-identifier`): string, **required**; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the `Engagement` associated with the invitation. This parameter ensures the invitation is created within the correct `Engagement` context.
- `Invitation` (`--invitation`): [`Invitation`](#shape-invitation), **required**.
  The `Invitation` object all information necessary to initiate an engagement invitation to a partner. It contains a personalized message from the sender, the invitation's receiver, and a payload. The `Payload` can be the `OpportunityInvitation`, which includes detailed structures for sender contacts, partner responsibilities, customer information, and project details, or `LeadInvitation`, which includes structures for customer information and interaction details.

**Output** (`CreateEngagementInvitationResponse`)

- `Id`: string, **required**; pattern `engi-[0-9,a-z]{13}`.
  Unique identifier assigned to the newly created engagement invitation.
- `Arn`: string, **required**; pattern `arn:aws:partnercentral::[0-9]{12}:[a-zA-Z]+/engagement-invitation/engi-[0-9,a-z]{13}`.
  The Amazon Resource Name (ARN) that uniquely identifies the engagement invitation.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. This error occurs when the request would cause a service quota to be exceeded.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:create_engagement_invitation{
  Catalog = "AWS",
  EngagementIdentifier = "eng-abcdefghijklmn",
  Invitation = {
    Message = "Example message",
    Receiver = { Account = { AwsAccountId = "012345678901" } },
    Payload = {
      OpportunityInvitation = {
        ReceiverResponsibilities = { "Distributor" },
        Customer = {
          Industry = "Aerospace",
          CompanyName = "Example company name",
          WebsiteUrl = "https://example.com",
          CountryCode = "US",
        },
        Project = {
          BusinessProblem = "Example business problem",
          Title = "Example title",
          TargetCompletionDate = "1123-05-06",
          ExpectedCustomerSpend = {
            {
              CurrencyCode = "USD",
              Frequency = "Monthly",
              TargetCompany = "Example target company",
            },
          },
        },
      },
    },
  },
}
```]],
    CreateOpportunity = [[
## CreateOpportunity

Creates an `Opportunity` record in Partner Central. Use this operation to create a potential business opportunity for submission to Amazon Web Services. Creating an opportunity sets `Lifecycle.ReviewStatus` to `Pending Submission`.

To submit an opportunity, follow these steps:

1. To create the opportunity, use `CreateOpportunity`.
2. To associate a solution with the opportunity, use `AssociateOpportunity`.
3. To start the engagement with AWS, use `StartEngagementFromOpportunity`.

After submission, you can't edit the opportunity until the review is complete. But opportunities in the `Pending Submission` state must have complete details. You can update the opportunity while it's in the `Pending Submission` state.

There's a set of mandatory fields to create opportunities, but consider providing optional fields to enrich the opportunity record.

- Lua: `selling:create_opportunity(input)` or `selling:call("CreateOpportunity", input)`
- CLI: `partnercentral selling create-opportunity`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateOpportunityRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the opportunity is created in. Use `AWS` to create opportunities in the Amazon Web Services catalog, and `Sandbox` for testing in secure, isolated environments.
- `PrimaryNeedsFromAws` (`--primary-needs-from-aws`): list of [`PrimaryNeedFromAws`](#shape-primaryneedfromaws) (enum).
  Identifies the type of support the partner needs from Amazon Web Services.

  Valid values:

  - Cosell—Architectural Validation: Confirmation from Amazon Web Services that the partner's proposed solution architecture is aligned with Amazon Web Services best practices and poses minimal architectural risks.
  - Cosell—Business Presentation: Request Amazon Web Services seller's participation in a joint customer presentation.
  - Cosell—Competitive Information: Access to Amazon Web Services competitive resources and support for the partner's proposed solution.
  - Cosell—Pricing Assistance: Connect with an Amazon Web Services seller for support situations where a partner may be receiving an upfront discount on a service (for example: EDP deals).
  - Cosell—Technical Consultation: Connect with an Amazon Web Services Solutions Architect to address the partner's questions about the proposed solution.
  - Cosell—Total Cost of Ownership Evaluation: Assistance with quoting different cost savings of proposed solutions on Amazon Web Services versus on-premises or a traditional hosting environment.
  - Cosell—Deal Support: Request Amazon Web Services seller's support to progress the opportunity (for example: joint customer call, strategic positioning).
  - Cosell—Support for Public Tender/RFx: Opportunity related to the public sector where the partner needs Amazon Web Services RFx support.
- `NationalSecurity` (`--national-security`): [`NationalSecurity`](#shape-nationalsecurity) (enum); one of `Yes`, `No`.
  Indicates whether the `Opportunity` pertains to a national security project. This field must be set to `true` only when the customer's industry is *Government*. Additional privacy and security measures apply during the review and management process for opportunities marked as `NationalSecurity`.
- `PartnerOpportunityIdentifier` (`--partner-opportunity-identifier`): string; pattern `(?s).{0,64}`.
  Specifies the opportunity's unique identifier in the partner's CRM system. This value is essential to track and reconcile because it's included in the outbound payload to the partner.

  This field allows partners to link an opportunity to their CRM, which helps to ensure seamless integration and accurate synchronization between the Partner Central API and the partner's internal systems.
- `Customer` (`--customer`): [`Customer`](#shape-customer).
  Specifies customer details associated with the `Opportunity`.
- `Project` (`--project`): [`Project`](#shape-project).
  An object that contains project details for the `Opportunity`.
- `OpportunityType` (`--opportunity-type`): [`OpportunityType`](#shape-opportunitytype) (enum); one of `Net New Business`, `Flat Renewal`, `Expansion`.
  Specifies the opportunity type as a renewal, new, or expansion.

  Opportunity types:

  - New opportunity: Represents a new business opportunity with a potential customer that's not previously engaged with your solutions or services.
  - Renewal opportunity: Represents an opportunity to renew an existing contract or subscription with a current customer, ensuring continuity of service.
  - Expansion opportunity: Represents an opportunity to expand the scope of an existing contract or subscription, either by adding new services or increasing the volume of existing services for a current customer.
- `Marketing` (`--marketing`): [`Marketing`](#shape-marketing).
  This object contains marketing details and is optional for an opportunity.
- `SoftwareRevenue` (`--software-revenue`): [`SoftwareRevenue`](#shape-softwarerevenue).
  Specifies details of a customer's procurement terms. This is required only for partners in eligible programs.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  Required to be unique, and should be unchanging, it can be randomly generated or a meaningful string.

  Default: None

  Best practice: To help ensure uniqueness and avoid conflicts, use a Universally Unique Identifier (UUID) as the `ClientToken`. You can use standard libraries from most programming languages to generate this. If you use the same client token, the API returns the following error: "Conflicting client token submitted for a new request body."
- `LifeCycle` (`--life-cycle`): [`LifeCycle`](#shape-lifecycle).
  An object that contains lifecycle details for the `Opportunity`.
- `Origin` (`--origin`): [`OpportunityOrigin`](#shape-opportunityorigin) (enum); one of `AWS Referral`, `Partner Referral`.
  Specifies the origin of the opportunity, indicating if it was sourced from Amazon Web Services or the partner. For all opportunities created with `Catalog: AWS`, this field must only be `Partner Referral`. However, when using `Catalog: Sandbox`, you can set this field to `AWS Referral` to simulate Amazon Web Services referral creation. This allows Amazon Web Services-originated flows testing in the sandbox catalog.
- `OpportunityTeam` (`--opportunity-team`): list of [`Contact`](#shape-contact), 0–10 entries.
  Represents the internal team handling the opportunity. Specify collaborating members of this opportunity who are within the partner's organization.
- `Tags` (`--tags`): list of [`Tag`](#shape-tag), 1–200 entries.
  A map of the key-value pairs of the tag or tags to assign.

**Output** (`CreateOpportunityResponse`)

- `Id`: string, **required**; pattern `O[0-9]{1,19}`.
  Read-only, system-generated `Opportunity` unique identifier. Amazon Web Services creates this identifier, and it's used for all subsequent opportunity actions, such as updates, associations, and submissions. It helps to ensure that each opportunity is accurately tracked and managed.
- `PartnerOpportunityIdentifier`: string.
  Specifies the opportunity's unique identifier in the partner's CRM system. This value is essential to track and reconcile because it's included in the outbound payload sent back to the partner.
- `LastModifiedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  `DateTime` when the opportunity was last modified. When the `Opportunity` is created, its value is `CreatedDate`.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:create_opportunity{ Catalog = "AWS" }
```]],
    CreateResourceSnapshot = [[
## CreateResourceSnapshot

This action allows you to create an immutable snapshot of a specific resource, such as an opportunity, within the context of an engagement. The snapshot captures a subset of the resource's data based on the schema defined by the provided template.

- Lua: `selling:create_resource_snapshot(input)` or `selling:call("CreateResourceSnapshot", input)`
- CLI: `partnercentral selling create-resource-snapshot`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateResourceSnapshotRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog where the snapshot is created. Valid values are `AWS` and `Sandbox`.
- `EngagementIdentifier` (`--engagement-identifier`): string, **required**; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the engagement associated with this snapshot. This field links the snapshot to a specific engagement context.
- `ResourceType` (`--resource-type`): [`ResourceType`](#shape-resourcetype) (enum), **required**; one of `Opportunity`.
  Specifies the type of resource for which the snapshot is being created. This field determines the structure and content of the snapshot. Must be one of the supported resource types, such as: `Opportunity`.
- `ResourceIdentifier` (`--resource-identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  The unique identifier of the specific resource to be snapshotted. The format and constraints of this identifier depend on the `ResourceType` specified. For example: For `Opportunity` type, it will be an opportunity ID.
- `ResourceSnapshotTemplateIdentifier` (`--resource-snapshot-template-identifier`): string, **required**; pattern `[a-zA-Z0-9]{3,80}`.
  The name of the template that defines the schema for the snapshot. This template determines which subset of the resource data will be included in the snapshot. Must correspond to an existing and valid template for the specified `ResourceType`.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  Specifies a unique, client-generated UUID to ensure that the request is handled exactly once. This token helps prevent duplicate snapshot creations.

**Output** (`CreateResourceSnapshotResponse`)

- `Arn`: string; pattern `arn:.*`.
  Specifies the Amazon Resource Name (ARN) that uniquely identifies the snapshot created.
- `Revision`: integer; range at least 1.
  Specifies the revision number of the created snapshot. This field provides important information about the snapshot's place in the sequence of snapshots for the given resource.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. This error occurs when the request would cause a service quota to be exceeded.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:create_resource_snapshot{
  Catalog = "AWS",
  EngagementIdentifier = "eng-abcdefghijklmn",
  ResourceType = "Opportunity",
  ResourceIdentifier = "O012",
  ResourceSnapshotTemplateIdentifier = "abc",
}
```]],
    CreateResourceSnapshotJob = [[
## CreateResourceSnapshotJob

Use this action to create a job to generate a snapshot of the specified resource within an engagement. It initiates an asynchronous process to create a resource snapshot. The job creates a new snapshot only if the resource state has changed, adhering to the same access control and immutability rules as direct snapshot creation.

- Lua: `selling:create_resource_snapshot_job(input)` or `selling:call("CreateResourceSnapshotJob", input)`
- CLI: `partnercentral selling create-resource-snapshot-job`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`CreateResourceSnapshotJobRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which to create the snapshot job. Valid values are `AWS` and `Sandbox`.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  A client-generated UUID used for idempotency check. The token helps prevent duplicate job creations.
- `EngagementIdentifier` (`--engagement-identifier`): string, **required**; pattern `eng-[0-9a-z]{14}`.
  Specifies the identifier of the engagement associated with the resource to be snapshotted.
- `ResourceType` (`--resource-type`): [`ResourceType`](#shape-resourcetype) (enum), **required**; one of `Opportunity`.
  The type of resource for which the snapshot job is being created. Must be one of the supported resource types i.e. `Opportunity`
- `ResourceIdentifier` (`--resource-identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  Specifies the identifier of the specific resource to be snapshotted. The format depends on the `ResourceType`.
- `ResourceSnapshotTemplateIdentifier` (`--resource-snapshot-template-identifier`): string, **required**; pattern `[a-zA-Z0-9]{3,80}`.
  Specifies the name of the template that defines the schema for the snapshot.
- `Tags` (`--tags`): list of [`Tag`](#shape-tag), 1–200 entries.
  A map of the key-value pairs of the tag or tags to assign.

**Output** (`CreateResourceSnapshotJobResponse`)

- `Id`: string; pattern `job-[0-9a-z]{13}`.
  The unique identifier for the created snapshot job.
- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the created snapshot job.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. This error occurs when the request would cause a service quota to be exceeded.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:create_resource_snapshot_job{
  Catalog = "AWS",
  EngagementIdentifier = "eng-abcdefghijklmn",
  ResourceType = "Opportunity",
  ResourceIdentifier = "O012",
  ResourceSnapshotTemplateIdentifier = "abc",
}
```]],
    DeleteResourceSnapshotJob = [[
## DeleteResourceSnapshotJob

Use this action to deletes a previously created resource snapshot job. The job must be in a stopped state before it can be deleted.

- Lua: `selling:delete_resource_snapshot_job(input)` or `selling:call("DeleteResourceSnapshotJob", input)`
- CLI: `partnercentral selling delete-resource-snapshot-job`

**Input** (`DeleteResourceSnapshotJobRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog from which to delete the snapshot job. Valid values are `AWS` and `Sandbox`.
- `ResourceSnapshotJobIdentifier` (`--resource-snapshot-job-identifier`): string, **required**; pattern `job-[0-9a-z]{13}`.
  The unique identifier of the resource snapshot job to be deleted.

**Output** (`none`)

No members.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:delete_resource_snapshot_job{ Catalog = "AWS", ResourceSnapshotJobIdentifier = "job-abcdefghijklm" }
```]],
    DisassociateOpportunity = [[
## DisassociateOpportunity

Allows you to remove an existing association between an `Opportunity` and related entities, such as a Partner Solution, Amazon Web Services product, or an Amazon Web Services Marketplace offer. This operation is the counterpart to `AssociateOpportunity`, and it provides flexibility to manage associations as business needs change.

Use this operation to update the associations of an `Opportunity` due to changes in the related entities, or if an association was made in error. Ensuring accurate associations helps maintain clarity and accuracy to track and manage business opportunities. When you replace an entity, first attach the new entity and then disassociate the one to be removed, especially if it's the last remaining entity that's required.

- Lua: `selling:disassociate_opportunity(input)` or `selling:call("DisassociateOpportunity", input)`
- CLI: `partnercentral selling disassociate-opportunity`

**Input** (`DisassociateOpportunityRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the opportunity disassociation is made in. Use `AWS` to disassociate opportunities in the Amazon Web Services catalog, and `Sandbox` for testing in secure, isolated environments.
- `OpportunityIdentifier` (`--opportunity-identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  The opportunity's unique identifier for when you want to disassociate it from related entities. This identifier helps to ensure that the correct opportunity is updated.

  Validation: Ensure that the provided identifier corresponds to an existing opportunity in the Amazon Web Services system because incorrect identifiers result in an error and no changes are made.
- `RelatedEntityType` (`--related-entity-type`): [`RelatedEntityType`](#shape-relatedentitytype) (enum), **required**; one of `Solutions`, `AwsProducts`, `AwsMarketplaceOffers`, `AwsMarketplaceOfferSets`, `AwsMarketplaceSolutions`, `AwsMarketplaceProducts`.
  The type of the entity that you're disassociating from the opportunity. When you specify the entity type, it helps the system correctly process the disassociation request to ensure that the right connections are removed.

  Examples of entity types include Partner Solution, Amazon Web Services product, and Amazon Web Services Marketplaceoffer. Ensure that the value matches one of the expected entity types.

  Validation: Provide a valid entity type to help ensure successful disassociation. An invalid or incorrect entity type results in an error.
- `RelatedEntityIdentifier` (`--related-entity-identifier`): string, **required**; pattern `(?s).{1,255}`.
  The related entity's identifier that you want to disassociate from the opportunity. Depending on the type of entity, this could be a simple identifier or an Amazon Resource Name (ARN) for entities managed through Amazon Web Services Marketplace.

  For Amazon Web Services Marketplace entities, use the Amazon Web Services Marketplace API to obtain the necessary ARNs. For guidance on retrieving these ARNs, see [Amazon Web Services MarketplaceUsing the Amazon Web Services Marketplace Catalog API](https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/welcome.html).

  Validation: Ensure the identifier or ARN is valid and corresponds to an existing entity. An incorrect or invalid identifier results in an error.

**Output** (`none`)

No members.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:disassociate_opportunity{
  Catalog = "AWS",
  OpportunityIdentifier = "O012",
  RelatedEntityType = "Solutions",
  RelatedEntityIdentifier = "Example related entity identifier",
}
```]],
    GetAwsOpportunitySummary = [[
## GetAwsOpportunitySummary

Retrieves a summary of an AWS Opportunity. This summary includes high-level details about the opportunity sourced from AWS, such as lifecycle information, customer details, and involvement type. It is useful for tracking updates on the AWS opportunity corresponding to an opportunity in the partner's account.

- Lua: `selling:get_aws_opportunity_summary(input)` or `selling:call("GetAwsOpportunitySummary", input)`
- CLI: `partnercentral selling get-aws-opportunity-summary`

**Input** (`GetAwsOpportunitySummaryRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the AWS Opportunity is located. Accepted values include `AWS` for production opportunities or `Sandbox` for testing purposes. The catalog determines which environment the opportunity data is pulled from.
- `RelatedOpportunityIdentifier` (`--related-opportunity-identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  The unique identifier for the related partner opportunity. Use this field to correlate an AWS opportunity with its corresponding partner opportunity.

**Output** (`GetAwsOpportunitySummaryResponse`)

- `RelatedOpportunityId`: string; pattern `O[0-9]{1,19}`.
  Provides the unique identifier of the related partner opportunity, allowing partners to link the AWS Opportunity to their corresponding opportunity in their CRM system.
- `Origin`: [`OpportunityOrigin`](#shape-opportunityorigin) (enum); one of `AWS Referral`, `Partner Referral`.
  Specifies whether the AWS Opportunity originated from AWS or the partner. This helps distinguish between opportunities that were sourced by AWS and those referred by the partner.
- `InvolvementType`: [`SalesInvolvementType`](#shape-salesinvolvementtype) (enum); one of `For Visibility Only`, `Co-Sell`.
  Specifies the type of involvement AWS has in the opportunity, such as direct cosell or advisory support. This field helps partners understand the role AWS plays in advancing the opportunity.
- `Visibility`: [`Visibility`](#shape-visibility) (enum); one of `Full`, `Limited`.
  Defines the visibility level for the AWS Opportunity. Use `Full` visibility for most cases, while `Limited` visibility is reserved for special programs or sensitive opportunities.
- `LifeCycle`: [`AwsOpportunityLifeCycle`](#shape-awsopportunitylifecycle).
  Contains lifecycle information for the AWS Opportunity, including review status, stage, and target close date. This field is crucial for partners to monitor the progression of the opportunity.
- `OpportunityTeam`: list of [`AwsTeamMember`](#shape-awsteammember).
  Details the AWS opportunity team, including members involved. This information helps partners know who from AWS is engaged and what their role is.
- `Insights`: [`AwsOpportunityInsights`](#shape-awsopportunityinsights).
  Provides insights into the AWS Opportunity, including engagement score and recommended actions that AWS suggests for the partner.
- `InvolvementTypeChangeReason`: [`InvolvementTypeChangeReason`](#shape-involvementtypechangereason) (enum); one of `Expansion Opportunity`, `Change in Deal Information`, `Customer Requested`, `Technical Complexity`, `Risk Mitigation`.
  Provides a reason for any changes in the involvement type of AWS in the opportunity. This field is used to track why the level of AWS engagement has changed from `For Visibility Only` to `Co-sell` offering transparency into the partnership dynamics.
- `RelatedEntityIds`: [`AwsOpportunityRelatedEntities`](#shape-awsopportunityrelatedentities).
  Lists related entity identifiers, such as AWS products or partner solutions, associated with the AWS Opportunity. These identifiers provide additional context and help partners understand which AWS services are involved.
- `Customer`: [`AwsOpportunityCustomer`](#shape-awsopportunitycustomer).
  Provides details about the customer associated with the AWS Opportunity, including account information, industry, and other customer data. These details help partners understand the business context of the opportunity.
- `Project`: [`AwsOpportunityProject`](#shape-awsopportunityproject).
  Provides details about the project associated with the AWS Opportunity, including the customer’s business problem, expected outcomes, and project scope. This information is crucial for understanding the broader context of the opportunity.
- `CosellMotion`: string.
  Engagement classification for this opportunity. Read-only. Null before scoring. Known values: `AWS Field-engaged`, `Agent-engaged`, `Partner-led`.
- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the AWS Opportunity exists. This is the environment (e.g., `AWS` or `Sandbox`) where the opportunity is being managed.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:get_aws_opportunity_summary{ Catalog = "AWS", RelatedOpportunityIdentifier = "O012" }
```]],
    GetEngagement = [[
## GetEngagement

Use this action to retrieve the engagement record for a given `EngagementIdentifier`.

- Lua: `selling:get_engagement(input)` or `selling:call("GetEngagement", input)`
- CLI: `partnercentral selling get-engagement`

**Input** (`GetEngagementRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the engagement request. Valid values are `AWS` and `Sandbox`.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.*|eng-[0-9a-z]{14})`.
  Specifies the identifier of the Engagement record to retrieve.

**Output** (`GetEngagementResponse`)

- `Id`: string; pattern `eng-[0-9a-z]{14}`.
  The unique resource identifier of the engagement retrieved.
- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the engagement retrieved.
- `Title`: string; pattern `(?s).{0,40}`.
  The title of the engagement. It provides a brief, descriptive name for the engagement that is meaningful and easily recognizable.
- `Description`: string; pattern `(?s).{0,255}`.
  A more detailed description of the engagement. This provides additional context or information about the engagement's purpose or scope.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The date and time when the Engagement was created, presented in ISO 8601 format (UTC). For example: "2023-05-01T20:37:46Z". This timestamp helps track the lifecycle of the Engagement.
- `CreatedBy`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  The AWS account ID of the user who originally created the engagement. This field helps in tracking the origin of the engagement.
- `MemberCount`: integer.
  Specifies the current count of members participating in the Engagement. This count includes all active members regardless of their roles or permissions within the Engagement.
- `ModifiedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the engagement was last modified, in ISO 8601 format (UTC). Example: "2023-05-01T20:37:46Z". This helps track the most recent changes to the engagement.
- `ModifiedBy`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  The AWS account ID of the user who last modified the engagement. This field helps track who made the most recent changes to the engagement.
- `Contexts`: list of [`EngagementContextDetails`](#shape-engagementcontextdetails), 0–5 entries.
  A list of context objects associated with the engagement. Each context provides additional information related to the Engagement, such as customer projects or documents.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:get_engagement{ Catalog = "AWS", Identifier = "eng-abcdefghijklmn" }
```]],
    GetEngagementInvitation = [[
## GetEngagementInvitation

Retrieves the details of an engagement invitation shared by AWS with a partner. The information includes aspects such as customer, project details, and lifecycle information. To connect an engagement invitation with an opportunity, match the invitation’s `Payload.Project.Title` with opportunity `Project.Title`.

- Lua: `selling:get_engagement_invitation(input)` or `selling:call("GetEngagementInvitation", input)`
- CLI: `partnercentral selling get-engagement-invitation`

**Input** (`GetEngagementInvitationRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. The field accepts values from the predefined set: `AWS` for live operations or `Sandbox` for testing environments.
- `Identifier` (`--identifier`): string, **required**; pattern `(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})`.
  Specifies the unique identifier for the retrieved engagement invitation.

**Output** (`GetEngagementInvitationResponse`)

- `Arn`: string.
  The Amazon Resource Name (ARN) that identifies the engagement invitation.
- `PayloadType`: [`EngagementInvitationPayloadType`](#shape-engagementinvitationpayloadtype) (enum); one of `OpportunityInvitation`, `LeadInvitation`.
  The type of payload contained in the engagement invitation, indicating what data or context the payload covers.
- `Id`: string, **required**; pattern `(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})`.
  Unique identifier assigned to the engagement invitation being retrieved.
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The identifier of the engagement associated with this invitation.This ID links the invitation to its corresponding engagement.
- `EngagementTitle`: string; pattern `(?s).{0,40}`.
  The title of the engagement invitation, summarizing the purpose or objectives of the opportunity shared by AWS.
- `Status`: [`InvitationStatus`](#shape-invitationstatus) (enum); one of `ACCEPTED`, `PENDING`, `REJECTED`, `EXPIRED`.
  The current status of the engagement invitation.
- `InvitationDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The date when the engagement invitation was sent to the partner.
- `ExpirationDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  Indicates the date on which the engagement invitation will expire if not accepted by the partner.
- `SenderAwsAccountId`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  Specifies the AWS Account ID of the sender, which identifies the AWS team responsible for sharing the engagement invitation.
- `SenderCompanyName`: string; pattern `(?s).{0,120}`.
  The name of the AWS organization or team that sent the engagement invitation.
- `Receiver`: [`Receiver`](#shape-receiver).
  Information about the partner organization or team that received the engagement invitation, including contact details and identifiers.
- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  Indicates the catalog from which the engagement invitation details are retrieved. This field helps in identifying the appropriate catalog (e.g., `AWS` or `Sandbox`) used in the request.
- `RejectionReason`: string; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]{1,80}`.
  If the engagement invitation was rejected, this field specifies the reason provided by the partner for the rejection.
- `Payload`: [`Payload`](#shape-payload).
  Details of the engagement invitation payload, including specific data relevant to the invitation's contents, such as customer information and opportunity insights.
- `InvitationMessage`: string; pattern `(?s).{1,255}`; sensitive (redacted in debug logs).
  The message sent to the invited partner when the invitation was created.
- `EngagementDescription`: string; pattern `(?s).{0,255}`.
  The description of the engagement associated with this invitation.
- `ExistingMembers`: list of [`EngagementMemberSummary`](#shape-engagementmembersummary).
  A list of active members currently part of the Engagement. This array contains a maximum of 10 members, each represented by an object with the following properties.

  - CompanyName: The name of the member's company.
  - WebsiteUrl: The website URL of the member's company.
- `EnrichmentContext`: [`EnrichmentContext`](#shape-enrichmentcontext).
  The enrichment data for the engagement associated with this invitation. You can view propensity scores, program eligibility, and lead readiness assessments before taking action on the invitation.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:get_engagement_invitation{ Catalog = "AWS", Identifier = "engi-abcdefghijklm" }
```]],
    GetOpportunity = [[
## GetOpportunity

Fetches the `Opportunity` record from Partner Central by a given `Identifier`.

Use the `ListOpportunities` action or the event notification (from Amazon EventBridge) to obtain this identifier.

- Lua: `selling:get_opportunity(input)` or `selling:call("GetOpportunity", input)`
- CLI: `partnercentral selling get-opportunity`
- Waiter: [`OpportunityApproved`](#waiters): `selling:wait_for("OpportunityApproved", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait opportunity-approved`

**Input** (`GetOpportunityRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the opportunity is fetched from. Use `AWS` to retrieve opportunities in the Amazon Web Services catalog, and `Sandbox` to retrieve opportunities in a secure, isolated testing environment.
- `Identifier` (`--identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  Read-only, system generated `Opportunity` unique identifier.

**Output** (`GetOpportunityResponse`)

- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the opportunity information is retrieved from. Use `AWS` to retrieve opportunities in the Amazon Web Services catalog, and `Sandbox` to retrieve opportunities in a secure and isolated testing environment.
- `PrimaryNeedsFromAws`: list of [`PrimaryNeedFromAws`](#shape-primaryneedfromaws) (enum).
  Identifies the type of support the partner needs from Amazon Web Services.

  Valid values:

  - Cosell—Architectural Validation: Confirmation from Amazon Web Services that the partner's proposed solution architecture is aligned with Amazon Web Services best practices and poses minimal architectural risks.
  - Cosell—Business Presentation: Request Amazon Web Services seller's participation in a joint customer presentation.
  - Cosell—Competitive Information: Access to Amazon Web Services competitive resources and support for the partner's proposed solution.
  - Cosell—Pricing Assistance: Connect with an Amazon Web Services seller for support situations where a partner may be receiving an upfront discount on a service (for example: EDP deals).
  - Cosell—Technical Consultation: Connect with an Amazon Web Services Solutions Architect to address the partner's questions about the proposed solution.
  - Cosell—Total Cost of Ownership Evaluation: Assistance with quoting different cost savings of proposed solutions on Amazon Web Services versus on-premises or a traditional hosting environment.
  - Cosell—Deal Support: Request Amazon Web Services seller's support to progress the opportunity (for example: joint customer call, strategic positioning).
  - Cosell—Support for Public Tender/RFx: Opportunity related to the public sector where the partner needs Amazon Web Services RFx support.
- `NationalSecurity`: [`NationalSecurity`](#shape-nationalsecurity) (enum); one of `Yes`, `No`.
  Indicates whether the `Opportunity` pertains to a national security project. This field must be set to `true` only when the customer's industry is *Government*. Additional privacy and security measures apply during the review and management process for opportunities marked as `NationalSecurity`.
- `PartnerOpportunityIdentifier`: string; pattern `(?s).{0,64}`.
  Specifies the opportunity's unique identifier in the partner's CRM system. This value is essential to track and reconcile because it's included in the outbound payload sent back to the partner.
- `Customer`: [`Customer`](#shape-customer).
  Specifies details of the customer associated with the `Opportunity`.
- `Project`: [`Project`](#shape-project).
  An object that contains project details summary for the `Opportunity`.
- `OpportunityType`: [`OpportunityType`](#shape-opportunitytype) (enum); one of `Net New Business`, `Flat Renewal`, `Expansion`.
  Specifies the opportunity type as renewal, new, or expansion.

  Opportunity types:

  - New opportunity: Represents a new business opportunity with a potential customer that's not previously engaged with your solutions or services.
  - Renewal opportunity: Represents an opportunity to renew an existing contract or subscription with a current customer, which helps to ensure service continuity.
  - Expansion opportunity: Represents an opportunity to expand the scope of a customer's contract or subscription, either by adding new services or increasing the volume of existing services.
- `Marketing`: [`Marketing`](#shape-marketing).
  An object that contains marketing details for the `Opportunity`.
- `SoftwareRevenue`: [`SoftwareRevenue`](#shape-softwarerevenue).
  Specifies details of a customer's procurement terms. Required only for partners in eligible programs.
- `Id`: string, **required**; pattern `O[0-9]{1,19}`.
  Read-only, system generated `Opportunity` unique identifier.
- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) that uniquely identifies the opportunity.
- `LastModifiedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  `DateTime` when the opportunity was last modified.
- `CreatedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  `DateTime` when the `Opportunity` was last created.
- `RelatedEntityIdentifiers`: [`RelatedEntityIdentifiers`](#shape-relatedentityidentifiers), **required**.
  Provides information about the associations of other entities with the opportunity. These entities include identifiers for `AWSProducts`, `Partner Solutions`, and `AWSMarketplaceOffers`.
- `LifeCycle`: [`LifeCycle`](#shape-lifecycle).
  An object that contains lifecycle details for the `Opportunity`.
- `OpportunityTeam`: list of [`Contact`](#shape-contact), 0–10 entries.
  Represents the internal team handling the opportunity. Specify the members involved in collaborating on this opportunity within the partner's organization.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:get_opportunity{ Catalog = "AWS", Identifier = "O012" }
```]],
    GetProspectingFromEngagementTask = [[
## GetProspectingFromEngagementTask

Retrieves the details and current status of a prospecting task previously started with `StartProspectingFromEngagementTask` to enable polling for completion and access to per-engagement processing results.

- Lua: `selling:get_prospecting_from_engagement_task(input)` or `selling:call("GetProspectingFromEngagementTask", input)`
- CLI: `partnercentral selling get-prospecting-from-engagement-task`
- Waiter: [`ProspectingFromEngagementTaskCompleted`](#waiters): `selling:wait_for("ProspectingFromEngagementTaskCompleted", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait prospecting-from-engagement-task-completed`

**Input** (`GetProspectingFromEngagementTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the task. Specify `AWS` for production environments and `Sandbox` for testing and development purposes. The value must match the catalog used when the task was created.
- `TaskIdentifier` (`--task-identifier`): string, **required**; pattern `task-[0-9a-z]{14}`.
  The unique identifier of the prospecting task to retrieve. This value is returned in the `TaskId` field of the `StartProspectingFromEngagementTask` response.

**Output** (`GetProspectingFromEngagementTaskResponse`)

- `TaskId`: string, **required**; pattern `task-[0-9a-z]{14}`.
  The unique identifier of the task.
- `TaskArn`: string, **required**; pattern `arn:aws:partnercentral-selling:.*:.*:catalog/.*/prospecting-from-engagement-task/task-[0-9a-z]{14}`.
  The Amazon Resource Name (ARN) of the task.
- `TaskName`: string, **required**; length 1–128 code points.
  The descriptive name of the task that you provided when you created it.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp indicating when the task was initiated. The format follows ISO 8601 date-time notation.
- `EndTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the task finished processing. This field is absent if the task is still in progress. The format follows ISO 8601 date-time notation.
- `Engagements`: list of [`EngagementProspectingResult`](#shape-engagementprospectingresult), **required**.
  An array of `EngagementProspectingResult` entries for each engagement in the task. Each entry contains the processing status. For successfully completed engagements, includes the prospecting context identifier. For failed engagements, includes an error code and message.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:get_prospecting_from_engagement_task{ Catalog = "AWS", TaskIdentifier = "task-abcdefghijklmn" }
```]],
    GetResourceSnapshot = [[
## GetResourceSnapshot

Use this action to retrieve a specific snapshot record.

- Lua: `selling:get_resource_snapshot(input)` or `selling:call("GetResourceSnapshot", input)`
- CLI: `partnercentral selling get-resource-snapshot`

**Input** (`GetResourceSnapshotRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request. Valid values are:

  - AWS: Retrieves the snapshot from the production AWS environment.
  - Sandbox: Retrieves the snapshot from a sandbox environment used for testing or development purposes.
- `EngagementIdentifier` (`--engagement-identifier`): string, **required**; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the engagement associated with the snapshot. This field links the snapshot to a specific engagement context.
- `ResourceType` (`--resource-type`): [`ResourceType`](#shape-resourcetype) (enum), **required**; one of `Opportunity`.
  Specifies the type of resource that was snapshotted. This field determines the structure and content of the snapshot payload. Valid value includes:`Opportunity`: For opportunity-related data.
- `ResourceIdentifier` (`--resource-identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  The unique identifier of the specific resource that was snapshotted. The format and constraints of this identifier depend on the ResourceType specified. For `Opportunity` type, it will be an `opportunity ID`
- `ResourceSnapshotTemplateIdentifier` (`--resource-snapshot-template-identifier`): string, **required**; pattern `[a-zA-Z0-9]{3,80}`.
  he name of the template that defines the schema for the snapshot. This template determines which subset of the resource data is included in the snapshot and must correspond to an existing and valid template for the specified `ResourceType`.
- `Revision` (`--revision`): integer; range at least 1.
  Specifies which revision of the snapshot to retrieve. If omitted returns the latest revision.

**Output** (`GetResourceSnapshotResponse`)

- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  The catalog in which the snapshot was created. Matches the Catalog specified in the request.
- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) that uniquely identifies the resource snapshot.
- `CreatedBy`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  The AWS account ID of the principal (user or role) who created the snapshot. This helps in tracking the origin of the snapshot.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the snapshot was created, in ISO 8601 format (e.g., "2023-06-01T14:30:00Z"). This allows for precise tracking of when the snapshot was taken.
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The identifier of the engagement associated with this snapshot. Matches the EngagementIdentifier specified in the request.
- `ResourceType`: [`ResourceType`](#shape-resourcetype) (enum); one of `Opportunity`.
  The type of the resource that was snapshotted. Matches the ResourceType specified in the request.
- `ResourceId`: string; pattern `O[0-9]{1,19}`.
  The identifier of the specific resource that was snapshotted. Matches the ResourceIdentifier specified in the request.
- `ResourceSnapshotTemplateName`: string; pattern `[a-zA-Z0-9]{3,80}`.
  The name of the view used for this snapshot. This is the same as the template name.
- `Revision`: integer; range at least 1.
  The revision number of this snapshot. This is a positive integer that is sequential and unique within the context of a resource view.
- `Payload`: [`ResourceSnapshotPayload`](#shape-resourcesnapshotpayload).
- `TargetMemberAccounts`: list of string (pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs)), 1–10 entries.
  Target member accounts associated with the resource snapshot.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:get_resource_snapshot{
  Catalog = "AWS",
  EngagementIdentifier = "eng-abcdefghijklmn",
  ResourceType = "Opportunity",
  ResourceIdentifier = "O012",
  ResourceSnapshotTemplateIdentifier = "abc",
}
```]],
    GetResourceSnapshotJob = [[
## GetResourceSnapshotJob

Use this action to retrieves information about a specific resource snapshot job.

- Lua: `selling:get_resource_snapshot_job(input)` or `selling:call("GetResourceSnapshotJob", input)`
- CLI: `partnercentral selling get-resource-snapshot-job`
- Waiter: [`ResourceSnapshotJobSucceeded`](#waiters): `selling:wait_for("ResourceSnapshotJobSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait resource-snapshot-job-succeeded`

**Input** (`GetResourceSnapshotJobRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request. Valid values are:

  - AWS: Retrieves the snapshot job from the production AWS environment.
  - Sandbox: Retrieves the snapshot job from a sandbox environment used for testing or development purposes.
- `ResourceSnapshotJobIdentifier` (`--resource-snapshot-job-identifier`): string, **required**; pattern `job-[0-9a-z]{13}`.
  The unique identifier of the resource snapshot job to be retrieved. This identifier is crucial for pinpointing the specific job you want to query.

**Output** (`GetResourceSnapshotJobResponse`)

- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  The catalog in which the snapshot job was created. This will match the Catalog specified in the request.
- `Id`: string; pattern `job-[0-9a-z]{13}`.
  The unique identifier of the snapshot job. This matches the ResourceSnapshotJobIdentifier provided in the request.
- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the snapshot job. This globally unique identifier can be used for resource-specific operations across AWS services.
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The identifier of the engagement associated with this snapshot job. This links the job to a specific engagement context.
- `ResourceType`: [`ResourceType`](#shape-resourcetype) (enum); one of `Opportunity`.
  The type of resource being snapshotted. This would have "Opportunity" as a value as it is dependent on the supported resource type.
- `ResourceId`: string; pattern `O[0-9]{1,19}`.
  The identifier of the specific resource being snapshotted. The format might vary depending on the ResourceType.
- `ResourceArn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the resource being snapshotted. This provides a globally unique identifier for the resource across AWS.
- `ResourceSnapshotTemplateName`: string; pattern `[a-zA-Z0-9]{3,80}`.
  The name of the template used for creating the snapshot. This is the same as the template name. It defines the structure and content of the snapshot.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The date and time when the snapshot job was created in ISO 8601 format (UTC). Example: "2023-05-01T20:37:46Z"
- `Status`: [`ResourceSnapshotJobStatus`](#shape-resourcesnapshotjobstatus) (enum); one of `Running`, `Stopped`.
  The current status of the snapshot job. Valid values:

  - STOPPED: The job is not currently running.
  - RUNNING: The job is actively executing.
- `LastSuccessfulExecutionDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The date and time of the last successful execution of the job, in ISO 8601 format (UTC). Example: "2023-05-01T20:37:46Z"
- `LastFailure`: string.
  If the job has encountered any failures, this field contains the error message from the most recent failure. This can be useful for troubleshooting issues with the job.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:get_resource_snapshot_job{ Catalog = "AWS", ResourceSnapshotJobIdentifier = "job-abcdefghijklm" }
```]],
    GetSellingSystemSettings = [[
## GetSellingSystemSettings

Retrieves the currently set system settings, which include the IAM Role used for resource snapshot jobs.

- Lua: `selling:get_selling_system_settings(input)` or `selling:call("GetSellingSystemSettings", input)`
- CLI: `partnercentral selling get-selling-system-settings`

**Input** (`GetSellingSystemSettingsRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the settings are defined. Acceptable values include `AWS` for production and `Sandbox` for testing environments.

**Output** (`GetSellingSystemSettingsResponse`)

- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the settings are defined. Acceptable values include `AWS` for production and `Sandbox` for testing environments.
- `ResourceSnapshotJobRoleArn`: string; pattern `(?=.{0,2048}$)arn:aws:iam::\d{12}:role/([-+=,.@_a-zA-Z0-9]+/)*[-+=,.@_a-zA-Z0-9]{1,64}`.
  Specifies the ARN of the IAM Role used for resource snapshot job executions.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:get_selling_system_settings{ Catalog = "AWS" }
```]],
    ListEngagementByAcceptingInvitationTasks = [[
## ListEngagementByAcceptingInvitationTasks

Lists all in-progress, completed, or failed StartEngagementByAcceptingInvitationTask tasks that were initiated by the caller's account.

- Lua: `selling:list_engagement_by_accepting_invitation_tasks(input)` or `selling:call("ListEngagementByAcceptingInvitationTasks", input)`
- CLI: `partnercentral selling list-engagement-by-accepting-invitation-tasks`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `TaskSummaries`: `selling:pages("ListEngagementByAcceptingInvitationTasks", input)` / `selling:items("ListEngagementByAcceptingInvitationTasks", input)`; the CLI reads every page unless `--no-paginate`
- Waiter: [`EngagementByAcceptingInvitationTaskCompleted`](#waiters): `selling:wait_for("EngagementByAcceptingInvitationTaskCompleted", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait engagement-by-accepting-invitation-task-completed`

**Input** (`ListEngagementByAcceptingInvitationTasksRequest`)

- `MaxResults` (`--max-results`): integer; range 1–1000.
  Use this parameter to control the number of items returned in each request, which can be useful for performance tuning and managing large result sets.
- `NextToken` (`--next-token`): string; pattern `(?s).{1,2048}`.
  Use this parameter for pagination when the result set spans multiple pages. This value is obtained from the NextToken field in the response of a previous call to this API.
- `Sort` (`--sort`): [`ListTasksSortBase`](#shape-listtaskssortbase).
  Specifies the sorting criteria for the returned results. This allows you to order the tasks based on specific attributes.
- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request. Valid values are:

  - AWS: Retrieves the request from the production AWS environment.
  - Sandbox: Retrieves the request from a sandbox environment used for testing or development purposes.
- `TaskStatus` (`--task-status`): list of [`TaskStatus`](#shape-taskstatus) (enum), 1–3 entries.
  Filters the tasks based on their current status. This allows you to focus on tasks in specific states.
- `OpportunityIdentifier` (`--opportunity-identifier`): list of string (pattern `O[0-9]{1,19}`), 1–10 entries.
  Filters tasks by the identifiers of the opportunities they created or are associated with.
- `EngagementInvitationIdentifier` (`--engagement-invitation-identifier`): list of string (pattern `(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})`), 1–10 entries.
  Filters tasks by the identifiers of the engagement invitations they are processing.
- `TaskIdentifier` (`--task-identifier`): list of string (pattern `(arn:.*|task-[0-9a-z]{13})`), 1–10 entries.
  Filters tasks by their unique identifiers. Use this when you want to retrieve information about specific tasks.

**Output** (`ListEngagementByAcceptingInvitationTasksResponse`)

- `TaskSummaries`: list of [`ListEngagementByAcceptingInvitationTaskSummary`](#shape-listengagementbyacceptinginvitationtasksummary).
  An array of `EngagementByAcceptingInvitationTaskSummary` objects, each representing a task that matches the specified filters. The array may be empty if no tasks match the criteria.
- `NextToken`: string.
  A token used for pagination to retrieve the next page of results.If there are more results available, this field will contain a token that can be used in a subsequent API call to retrieve the next page. If there are no more results, this field will be null or an empty string.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_engagement_by_accepting_invitation_tasks{ Catalog = "AWS" }
```]],
    ListEngagementFromOpportunityTasks = [[
## ListEngagementFromOpportunityTasks

Lists all in-progress, completed, or failed `EngagementFromOpportunity` tasks that were initiated by the caller's account.

- Lua: `selling:list_engagement_from_opportunity_tasks(input)` or `selling:call("ListEngagementFromOpportunityTasks", input)`
- CLI: `partnercentral selling list-engagement-from-opportunity-tasks`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `TaskSummaries`: `selling:pages("ListEngagementFromOpportunityTasks", input)` / `selling:items("ListEngagementFromOpportunityTasks", input)`; the CLI reads every page unless `--no-paginate`
- Waiter: [`EngagementFromOpportunityTaskCompleted`](#waiters): `selling:wait_for("EngagementFromOpportunityTaskCompleted", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait engagement-from-opportunity-task-completed`

**Input** (`ListEngagementFromOpportunityTasksRequest`)

- `MaxResults` (`--max-results`): integer; range 1–1000.
  Specifies the maximum number of results to return in a single page of the response.Use this parameter to control the number of items returned in each request, which can be useful for performance tuning and managing large result sets.
- `NextToken` (`--next-token`): string; pattern `(?s).{1,2048}`.
  The token for requesting the next page of results. This value is obtained from the NextToken field in the response of a previous call to this API. Use this parameter for pagination when the result set spans multiple pages.
- `Sort` (`--sort`): [`ListTasksSortBase`](#shape-listtaskssortbase).
  Specifies the sorting criteria for the returned results. This allows you to order the tasks based on specific attributes.
- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request. Valid values are:

  - AWS: Retrieves the request from the production AWS environment.
  - Sandbox: Retrieves the request from a sandbox environment used for testing or development purposes.
- `TaskStatus` (`--task-status`): list of [`TaskStatus`](#shape-taskstatus) (enum), 1–3 entries.
  Filters the tasks based on their current status. This allows you to focus on tasks in specific states.
- `TaskIdentifier` (`--task-identifier`): list of string (pattern `(arn:.*|task-[0-9a-z]{13})`), 1–10 entries.
  Filters tasks by their unique identifiers. Use this when you want to retrieve information about specific tasks.
- `OpportunityIdentifier` (`--opportunity-identifier`): list of string (pattern `O[0-9]{1,19}`), 1–10 entries.
  The identifier of the original opportunity associated with this task.
- `EngagementIdentifier` (`--engagement-identifier`): list of string (pattern `(arn:.*|eng-[0-9a-z]{14})`), 1–10 entries.
  Filters tasks by the identifiers of the engagements they created or are associated with.

**Output** (`ListEngagementFromOpportunityTasksResponse`)

- `TaskSummaries`: list of [`ListEngagementFromOpportunityTaskSummary`](#shape-listengagementfromopportunitytasksummary).
  TaskSummaries An array of TaskSummary objects containing details about each task.
- `NextToken`: string.
  A token used for pagination to retrieve the next page of results. If there are more results available, this field will contain a token that can be used in a subsequent API call to retrieve the next page. If there are no more results, this field will be null or an empty string.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_engagement_from_opportunity_tasks{ Catalog = "AWS" }
```]],
    ListEngagementInvitations = [[
## ListEngagementInvitations

Retrieves a list of engagement invitations sent to the partner. This allows partners to view all pending or past engagement invitations, helping them track opportunities shared by AWS.

- Lua: `selling:list_engagement_invitations(input)` or `selling:call("ListEngagementInvitations", input)`
- CLI: `partnercentral selling list-engagement-invitations`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `EngagementInvitationSummaries`: `selling:pages("ListEngagementInvitations", input)` / `selling:items("ListEngagementInvitations", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListEngagementInvitationsRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog from which to list the engagement invitations. Use `AWS` for production invitations or `Sandbox` for testing environments.
- `MaxResults` (`--max-results`): integer; range 1–100.
  Specifies the maximum number of engagement invitations to return in the response. If more results are available, a pagination token will be provided.
- `NextToken` (`--next-token`): string.
  A pagination token used to retrieve additional pages of results when the response to a previous request was truncated. Pass this token to continue listing invitations from where the previous call left off.
- `Sort` (`--sort`): [`OpportunityEngagementInvitationSort`](#shape-opportunityengagementinvitationsort).
  Specifies the sorting options for listing engagement invitations. Invitations can be sorted by fields such as `InvitationDate` or `Status` to help partners view results in their preferred order.
- `PayloadType` (`--payload-type`): list of [`EngagementInvitationPayloadType`](#shape-engagementinvitationpayloadtype) (enum).
  Defines the type of payload associated with the engagement invitations to be listed. The attributes in this payload help decide on acceptance or rejection of the invitation.
- `ParticipantType` (`--participant-type`): [`ParticipantType`](#shape-participanttype) (enum), **required**; one of `SENDER`, `RECEIVER`.
  Specifies the type of participant for which to list engagement invitations. Identifies the role of the participant.
- `Status` (`--status`): list of [`InvitationStatus`](#shape-invitationstatus) (enum), 1–10 entries.
  Status values to filter the invitations.
- `EngagementIdentifier` (`--engagement-identifier`): list of string (pattern `(arn:.*|eng-[0-9a-z]{14})`), 1–10 entries.
  Retrieves a list of engagement invitation summaries based on specified filters. The ListEngagementInvitations operation allows you to view all invitations that you have sent or received. You must specify the ParticipantType to filter invitations where you are either the SENDER or the RECEIVER. Invitations will automatically expire if not accepted within 15 days.
- `SenderAwsAccountId` (`--sender-aws-account-id`): list of string (pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs)), 1–10 entries.
  List of sender AWS account IDs to filter the invitations.

**Output** (`ListEngagementInvitationsResponse`)

- `EngagementInvitationSummaries`: list of [`EngagementInvitationSummary`](#shape-engagementinvitationsummary).
  An array containing summaries of engagement invitations. Each summary includes information such as the invitation title, invitation date, and the current status of the invitation.
- `NextToken`: string.
  A pagination token returned when there are more results available than can be returned in a single call. Use this token to retrieve additional pages of engagement invitation summaries.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_engagement_invitations{ Catalog = "AWS", ParticipantType = "SENDER" }
```]],
    ListEngagementMembers = [[
## ListEngagementMembers

Retrieves the details of member partners in an Engagement. This operation can only be invoked by members of the Engagement. The `ListEngagementMembers` operation allows you to fetch information about the members of a specific Engagement. This action is restricted to members of the Engagement being queried.

- Lua: `selling:list_engagement_members(input)` or `selling:call("ListEngagementMembers", input)`
- CLI: `partnercentral selling list-engagement-members`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `EngagementMemberList`: `selling:pages("ListEngagementMembers", input)` / `selling:items("ListEngagementMembers", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListEngagementMembersRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  The catalog related to the request.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.*|eng-[0-9a-z]{14})`.
  Identifier of the Engagement record to retrieve members from.
- `MaxResults` (`--max-results`): integer; range 1–10.
  The maximum number of results to return in a single call.
- `NextToken` (`--next-token`): string.
  The token for the next set of results.

**Output** (`ListEngagementMembersResponse`)

- `EngagementMemberList`: list of [`EngagementMember`](#shape-engagementmember), 0–10 entries, **required**.
  Provides a list of engagement members.
- `NextToken`: string.
  A pagination token used to retrieve the next set of results. If there are more results available than can be returned in a single response, this token will be present. Use this token in a subsequent request to retrieve the next page of results. If there are no more results, this value will be null.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_engagement_members{ Catalog = "AWS", Identifier = "eng-abcdefghijklmn" }
```]],
    ListEngagementResourceAssociations = [[
## ListEngagementResourceAssociations

Lists the associations between resources and engagements where the caller is a member and has at least one snapshot in the engagement.

- Lua: `selling:list_engagement_resource_associations(input)` or `selling:call("ListEngagementResourceAssociations", input)`
- CLI: `partnercentral selling list-engagement-resource-associations`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `EngagementResourceAssociationSummaries`: `selling:pages("ListEngagementResourceAssociations", input)` / `selling:items("ListEngagementResourceAssociations", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListEngagementResourceAssociationsRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which to search for engagement-resource associations. Valid Values: "AWS" or "Sandbox"

  - `AWS` for production environments.
  - `Sandbox` for testing and development purposes.
- `MaxResults` (`--max-results`): integer; range 1–1000.
  Limits the number of results returned in a single call. Use this to control the number of results returned, especially useful for pagination.
- `NextToken` (`--next-token`): string.
  A token used for pagination of results. Include this token in subsequent requests to retrieve the next set of results.
- `EngagementIdentifier` (`--engagement-identifier`): string; pattern `eng-[0-9a-z]{14}`.
  Filters the results to include only associations related to the specified engagement. Use this when you want to find all resources associated with a specific engagement.
- `ResourceType` (`--resource-type`): [`ResourceType`](#shape-resourcetype) (enum); one of `Opportunity`.
  Filters the results to include only associations with resources of the specified type.
- `ResourceIdentifier` (`--resource-identifier`): string; pattern `O[0-9]{1,19}`.
  Filters the results to include only associations with the specified resource. Varies depending on the resource type. Use this when you want to find all engagements associated with a specific resource.
- `CreatedBy` (`--created-by`): string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  Filters the response to include only snapshots of resources owned by the specified AWS account ID. Use this when you want to find associations related to resources owned by a particular account.

**Output** (`ListEngagementResourceAssociationsResponse`)

- `EngagementResourceAssociationSummaries`: list of [`EngagementResourceAssociationSummary`](#shape-engagementresourceassociationsummary), **required**.
  A list of engagement-resource association summaries.
- `NextToken`: string.
  A token to retrieve the next set of results. Use this token in a subsequent request to retrieve additional results if the response was truncated.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_engagement_resource_associations{ Catalog = "AWS" }
```]],
    ListEngagements = [[
## ListEngagements

This action allows users to retrieve a list of Engagement records from Partner Central. This action can be used to manage and track various engagements across different stages of the partner selling process.

- Lua: `selling:list_engagements(input)` or `selling:call("ListEngagements", input)`
- CLI: `partnercentral selling list-engagements`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `EngagementSummaryList`: `selling:pages("ListEngagements", input)` / `selling:items("ListEngagements", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListEngagementsRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request.
- `CreatedBy` (`--created-by`): list of string (pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs)), 1–10 entries.
  A list of AWS account IDs. When specified, the response includes engagements created by these accounts. This filter is useful for finding engagements created by specific team members.
- `ExcludeCreatedBy` (`--exclude-created-by`): list of string (pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs)), 1–10 entries.
  An array of strings representing AWS Account IDs. Use this to exclude engagements created by specific users.
- `ContextTypes` (`--context-types`): list of [`EngagementContextType`](#shape-engagementcontexttype) (enum), 0–5 entries.
  Filters engagements to include only those containing the specified context types, such as "CustomerProject" or "Lead". Use this to find engagements that have specific types of contextual information associated with them.
- `ExcludeContextTypes` (`--exclude-context-types`): list of [`EngagementContextType`](#shape-engagementcontexttype) (enum), 0–5 entries.
  Filters engagements to exclude those containing the specified context types. Use this to find engagements that do not have certain types of contextual information, helping to narrow results based on context exclusion criteria.
- `Sort` (`--sort`): [`EngagementSort`](#shape-engagementsort).
- `MaxResults` (`--max-results`): integer; range 1–100.
  The maximum number of results to return in a single call.
- `NextToken` (`--next-token`): string.
  The token for the next set of results. This value is returned from a previous call.
- `EngagementIdentifier` (`--engagement-identifier`): list of string (pattern `(arn:.*|eng-[0-9a-z]{14})`), 1–10 entries.
  An array of strings representing engagement identifiers to retrieve.

**Output** (`ListEngagementsResponse`)

- `EngagementSummaryList`: list of [`EngagementSummary`](#shape-engagementsummary), **required**.
  An array of engagement summary objects.
- `NextToken`: string.
  The token to retrieve the next set of results. This field will be null if there are no more results.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_engagements{ Catalog = "AWS" }
```]],
    ListOpportunities = [[
## ListOpportunities

This request accepts a list of filters that retrieve opportunity subsets as well as sort options. This feature is available to partners from [Partner Central](https://partnercentral.awspartner.com/) using the `ListOpportunities` API action.

To synchronize your system with Amazon Web Services, list only the opportunities that were newly created or updated. We recommend you rely on events emitted by the service into your Amazon Web Services account’s Amazon EventBridge default event bus. You can also use the `ListOpportunities` action.

We recommend the following approach:

1. Find the latest `LastModifiedDate` that you stored, and only use the values that came from Amazon Web Services. Don’t use values generated by your system.
2. When you send a `ListOpportunities` request, submit the date in ISO 8601 format in the `AfterLastModifiedDate` filter.
3. Amazon Web Services only returns opportunities created or updated on or after that date and time. Use `NextToken` to iterate over all pages.

- Lua: `selling:list_opportunities(input)` or `selling:call("ListOpportunities", input)`
- CLI: `partnercentral selling list-opportunities`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `OpportunitySummaries`: `selling:pages("ListOpportunities", input)` / `selling:items("ListOpportunities", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListOpportunitiesRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the opportunities are listed in. Use `AWS` for listing real opportunities in the Amazon Web Services catalog, and `Sandbox` for testing in secure, isolated environments.
- `MaxResults` (`--max-results`): integer; range 1–100.
  Specifies the maximum number of results to return in a single call. This limits the number of opportunities returned in the response to avoid providing too many results at once.

  Default: 20
- `NextToken` (`--next-token`): string.
  A pagination token used to retrieve the next set of results in subsequent calls. This token is included in the response only if there are additional result pages available.
- `Sort` (`--sort`): [`OpportunitySort`](#shape-opportunitysort).
  An object that specifies how the response is sorted. The default `Sort.SortBy` value is `LastModifiedDate`.
- `LastModifiedDate` (`--last-modified-date`): [`LastModifiedDate`](#shape-lastmodifieddate).
  Filters the opportunities based on their last modified date. This filter helps retrieve opportunities that were updated after the specified date, allowing partners to track recent changes or updates.
- `Identifier` (`--identifier`): list of string (pattern `O[0-9]{1,19}`), 0–20 entries.
  Filters the opportunities based on the opportunity identifier. This allows partners to retrieve specific opportunities by providing their unique identifiers, ensuring precise results.
- `LifeCycleStage` (`--life-cycle-stage`): list of [`Stage`](#shape-stage) (enum), 0–10 entries.
  Filters the opportunities based on their lifecycle stage. This filter allows partners to retrieve opportunities at various stages in the sales cycle, such as `Qualified`, `Technical Validation`, `Business Validation`, or `Closed Won`.
- `LifeCycleReviewStatus` (`--life-cycle-review-status`): list of [`ReviewStatus`](#shape-reviewstatus) (enum), 0–10 entries.
  Filters the opportunities based on their current lifecycle approval status. Use this filter to retrieve opportunities with statuses such as `Pending Submission`, `In Review`, `Action Required`, or `Approved`.
- `CustomerCompanyName` (`--customer-company-name`): list of string, 0–10 entries.
  Filters the opportunities based on the customer's company name. This allows partners to search for opportunities associated with a specific customer by matching the provided company name string.
- `CreatedDate` (`--created-date`): [`CreatedDateFilter`](#shape-createddatefilter).
  Filter opportunities by creation date criteria.
- `TargetCloseDate` (`--target-close-date`): [`TargetCloseDateFilter`](#shape-targetclosedatefilter).
  Filters opportunities based on their target close date. This filter helps retrieve opportunities with an expected close date before or after a specified date.

**Output** (`ListOpportunitiesResponse`)

- `OpportunitySummaries`: list of [`OpportunitySummary`](#shape-opportunitysummary), **required**.
  An array that contains minimal details for opportunities that match the request criteria. This summary view provides a quick overview of relevant opportunities.
- `NextToken`: string.
  A pagination token used to retrieve the next set of results in subsequent calls. This token is included in the response only if there are additional result pages available.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_opportunities{ Catalog = "AWS" }
```]],
    ListOpportunityFromEngagementTasks = [[
## ListOpportunityFromEngagementTasks

Lists all in-progress, completed, or failed opportunity creation tasks from engagements that were initiated by the caller's account.

- Lua: `selling:list_opportunity_from_engagement_tasks(input)` or `selling:call("ListOpportunityFromEngagementTasks", input)`
- CLI: `partnercentral selling list-opportunity-from-engagement-tasks`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `TaskSummaries`: `selling:pages("ListOpportunityFromEngagementTasks", input)` / `selling:items("ListOpportunityFromEngagementTasks", input)`; the CLI reads every page unless `--no-paginate`
- Waiter: [`OpportunityFromEngagementTaskCompleted`](#waiters): `selling:wait_for("OpportunityFromEngagementTaskCompleted", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait opportunity-from-engagement-task-completed`

**Input** (`ListOpportunityFromEngagementTasksRequest`)

- `MaxResults` (`--max-results`): integer; range 1–1000.
  Specifies the maximum number of results to return in a single page of the response. Use this parameter to control the number of items returned in each request, which can be useful for performance tuning and managing large result sets.
- `NextToken` (`--next-token`): string; pattern `(?s).{1,2048}`.
  The token for requesting the next page of results. This value is obtained from the NextToken field in the response of a previous call to this API. Use this parameter for pagination when the result set spans multiple pages.
- `Sort` (`--sort`): [`ListTasksSortBase`](#shape-listtaskssortbase).
- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request. Valid values are `AWS` for production environments and `Sandbox` for testing or development purposes. The catalog determines which environment the task data is retrieved from.
- `TaskStatus` (`--task-status`): list of [`TaskStatus`](#shape-taskstatus) (enum), 1–3 entries.
  Filters the tasks based on their current status. This allows you to focus on tasks in specific states. Valid values are `COMPLETE` for tasks that have finished successfully, `INPROGRESS` for tasks that are currently running, and `FAILED` for tasks that have encountered an error and failed to complete.
- `TaskIdentifier` (`--task-identifier`): list of string (pattern `(arn:.*|task-[0-9a-z]{13})`), 1–10 entries.
  Filters tasks by their unique identifiers. Use this when you want to retrieve information about specific tasks. Provide the task ID to get details about a particular opportunity creation task.
- `OpportunityIdentifier` (`--opportunity-identifier`): list of string (pattern `O[0-9]{1,19}`), 1–10 entries.
  Filters tasks by the identifiers of the opportunities they created or are associated with. Use this to find tasks related to specific opportunity creation processes.
- `EngagementIdentifier` (`--engagement-identifier`): list of string (pattern `(arn:.*|eng-[0-9a-z]{14})`), 1–10 entries.
  Filters tasks by the identifiers of the engagements from which opportunities are being created. Use this to find all opportunity creation tasks associated with a specific engagement.
- `ContextIdentifier` (`--context-identifier`): list of string (pattern `[1-9][0-9]*`), 1–10 entries.
  Filters tasks by the identifiers of the engagement contexts associated with the opportunity creation. Use this to find tasks related to specific contextual information within engagements that are being converted to opportunities.

**Output** (`ListOpportunityFromEngagementTasksResponse`)

- `TaskSummaries`: list of [`ListOpportunityFromEngagementTaskSummary`](#shape-listopportunityfromengagementtasksummary).
  An array of `ListOpportunityFromEngagementTaskSummary` objects, each representing a task that matches the specified filters. The array may be empty if no tasks match the criteria.
- `NextToken`: string.
  A token used for pagination to retrieve the next page of results. If there are more results available, this field will contain a token that can be used in a subsequent API call to retrieve the next page. If there are no more results, this field will be null or an empty string.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_opportunity_from_engagement_tasks{ Catalog = "AWS" }
```]],
    ListProspectingFromEngagementTasks = [[
## ListProspectingFromEngagementTasks

Lists all prospecting tasks initiated by the caller's account. Supports optional filters by task identifier, task name, or start time range. Results can be sorted using configurable options. The response is paginated. Use the `NextToken` value from each response to retrieve subsequent pages.

- Lua: `selling:list_prospecting_from_engagement_tasks(input)` or `selling:call("ListProspectingFromEngagementTasks", input)`
- CLI: `partnercentral selling list-prospecting-from-engagement-tasks`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `TaskSummaries`: `selling:pages("ListProspectingFromEngagementTasks", input)` / `selling:items("ListProspectingFromEngagementTasks", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListProspectingFromEngagementTasksRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog to list tasks from. Specify `AWS` for production environments and `Sandbox` for testing and development purposes.
- `MaxResults` (`--max-results`): integer; range 1–100.
  The maximum number of results to return in a single page. If additional results exist, the response includes a `NextToken` value for retrieving the next page. If omitted, the API uses a service-defined default page size.
- `NextToken` (`--next-token`): string.
  The pagination token from a previous call to this API. Include this value to retrieve the next page of results. If omitted, the first page is returned.
- `TaskIdentifier` (`--task-identifier`): list of string (pattern `task-[0-9a-z]{14}`), 0–10 entries.
  Filters the results to include only the tasks with the specified identifiers. Provide up to 10 task IDs to narrow the list to specific tasks. If omitted, tasks are not filtered by identifier.
- `TaskName` (`--task-name`): list of string (length 1–128 code points), 0–10 entries.
  Filters the results to include only tasks with the specified names. Provide up to 10 task names to narrow the list. If omitted, tasks are not filtered by name.
- `StartAfter` (`--start-after`): timestamp (epoch seconds; input also takes an ISO 8601 string).
  Filters tasks to include only those that started after the specified timestamp. Use this with `StartBefore` to define a start-time range for your query. The format follows ISO 8601 date-time notation.
- `StartBefore` (`--start-before`): timestamp (epoch seconds; input also takes an ISO 8601 string).
  Filters tasks to include only those that started before the specified timestamp. Use this with `StartAfter` to define a start-time range for your query. The format follows ISO 8601 date-time notation.
- `Sort` (`--sort`): [`ProspectingFromEngagementTaskSort`](#shape-prospectingfromengagementtasksort).
  Specifies the field and order used to sort the returned tasks. If omitted, tasks are returned in the default sort order.

**Output** (`ListProspectingFromEngagementTasksResponse`)

- `NextToken`: string; pattern `(?s).{1,2048}`.
  A pagination token used to retrieve the next page of results. If this field is present, pass its value as `NextToken` in the next call. If absent or empty, there are no further pages.
- `TaskSummaries`: list of [`ProspectingTaskSummary`](#shape-prospectingtasksummary), **required**.
  Prospecting task summaries matching the specified filters. Each summary includes the task identifier, name, status counters, and timing information. If no tasks match the filter criteria, the list is empty.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.

**Example**

```lua
local result, err = selling:list_prospecting_from_engagement_tasks{ Catalog = "AWS" }
```]],
    ListResourceSnapshotJobs = [[
## ListResourceSnapshotJobs

Lists resource snapshot jobs owned by the customer. This operation supports various filtering scenarios, including listing all jobs owned by the caller, jobs for a specific engagement, jobs with a specific status, or any combination of these filters.

- Lua: `selling:list_resource_snapshot_jobs(input)` or `selling:call("ListResourceSnapshotJobs", input)`
- CLI: `partnercentral selling list-resource-snapshot-jobs`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `ResourceSnapshotJobSummaries`: `selling:pages("ListResourceSnapshotJobs", input)` / `selling:items("ListResourceSnapshotJobs", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListResourceSnapshotJobsRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request.
- `MaxResults` (`--max-results`): integer; range 1–1000.
  The maximum number of results to return in a single call. If omitted, defaults to 50.
- `NextToken` (`--next-token`): string.
  The token for the next set of results.
- `EngagementIdentifier` (`--engagement-identifier`): string; pattern `eng-[0-9a-z]{14}`.
  The identifier of the engagement to filter the response.
- `Status` (`--status`): [`ResourceSnapshotJobStatus`](#shape-resourcesnapshotjobstatus) (enum); one of `Running`, `Stopped`.
  The status of the jobs to filter the response.
- `Sort` (`--sort`): [`SortObject`](#shape-sortobject).
  Configures the sorting of the response. If omitted, results are sorted by `CreatedDate` in descending order.

**Output** (`ListResourceSnapshotJobsResponse`)

- `ResourceSnapshotJobSummaries`: list of [`ResourceSnapshotJobSummary`](#shape-resourcesnapshotjobsummary), **required**.
  An array of resource snapshot job summary objects.
- `NextToken`: string.
  The token to retrieve the next set of results. If there are no additional results, this value is null.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_resource_snapshot_jobs{ Catalog = "AWS" }
```]],
    ListResourceSnapshots = [[
## ListResourceSnapshots

Retrieves a list of resource view snapshots based on specified criteria. This operation supports various use cases, including:

- Fetching all snapshots associated with an engagement.
- Retrieving snapshots of a specific resource type within an engagement.
- Obtaining snapshots for a particular resource using a specified template.
- Accessing the latest snapshot of a resource within an engagement.
- Filtering snapshots by resource owner.

- Lua: `selling:list_resource_snapshots(input)` or `selling:call("ListResourceSnapshots", input)`
- CLI: `partnercentral selling list-resource-snapshots`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `ResourceSnapshotSummaries`: `selling:pages("ListResourceSnapshots", input)` / `selling:items("ListResourceSnapshots", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListResourceSnapshotsRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request.
- `MaxResults` (`--max-results`): integer; range 1–1000.
  The maximum number of results to return in a single call.
- `NextToken` (`--next-token`): string.
  The token for the next set of results.
- `EngagementIdentifier` (`--engagement-identifier`): string, **required**; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the engagement associated with the snapshots.
- `ResourceType` (`--resource-type`): [`ResourceType`](#shape-resourcetype) (enum); one of `Opportunity`.
  Filters the response to include only snapshots of the specified resource type.
- `ResourceIdentifier` (`--resource-identifier`): string; pattern `O[0-9]{1,19}`.
  Filters the response to include only snapshots of the specified resource.
- `ResourceSnapshotTemplateIdentifier` (`--resource-snapshot-template-identifier`): string; pattern `[a-zA-Z0-9]{3,80}`.
  Filters the response to include only snapshots created using the specified template.
- `CreatedBy` (`--created-by`): string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  Filters the response to include only snapshots of resources owned by the specified AWS account.

**Output** (`ListResourceSnapshotsResponse`)

- `ResourceSnapshotSummaries`: list of [`ResourceSnapshotSummary`](#shape-resourcesnapshotsummary), **required**.
  An array of resource snapshot summary objects.
- `NextToken`: string.
  The token to retrieve the next set of results. If there are no additional results, this value is null.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_resource_snapshots{ Catalog = "AWS", EngagementIdentifier = "eng-abcdefghijklmn" }
```]],
    ListSolutions = [[
## ListSolutions

Retrieves a list of Partner Solutions that the partner registered on Partner Central. This API is used to generate a list of solutions that an end user selects from for association with an opportunity.

- Lua: `selling:list_solutions(input)` or `selling:call("ListSolutions", input)`
- CLI: `partnercentral selling list-solutions`
- Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `SolutionSummaries`: `selling:pages("ListSolutions", input)` / `selling:items("ListSolutions", input)`; the CLI reads every page unless `--no-paginate`

**Input** (`ListSolutionsRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the solutions are listed in. Use `AWS` to list solutions in the Amazon Web Services catalog, and `Sandbox` to list solutions in a secure and isolated testing environment.
- `MaxResults` (`--max-results`): integer; range 1–100.
  The maximum number of results returned by a single call. This value must be provided in the next call to retrieve the next set of results.

  Default: 20
- `NextToken` (`--next-token`): string.
  A pagination token used to retrieve the next set of results in subsequent calls. This token is included in the response only if there are additional result pages available.
- `Sort` (`--sort`): [`SolutionSort`](#shape-solutionsort).
  Object that configures sorting done on the response. Default `Sort.SortBy` is `Identifier`.
- `Status` (`--status`): list of [`SolutionStatus`](#shape-solutionstatus) (enum), 0–10 entries.
  Filters solutions based on their status. This filter helps partners manage their solution portfolios effectively.
- `Identifier` (`--identifier`): list of string (pattern `S-[0-9]{1,19}`), 0–20 entries.
  Filters the solutions based on their unique identifier. Use this filter to retrieve specific solutions by providing the solution's identifier for accurate results.
- `Category` (`--category`): list of string, 0–10 entries.
  Filters the solutions based on the category to which they belong. This allows partners to search for solutions within specific categories, such as `Software`, `Consulting`, or `Managed Services`.
- `AwsMarketplaceSolutionArn` (`--aws-marketplace-solution-arn`): list of string (length 4–2048 code points; pattern `arn:.*`), 0–10 entries.
  Filters results by AWS Marketplace solution ARN. You can provide up to 10 ARNs.

**Output** (`ListSolutionsResponse`)

- `SolutionSummaries`: list of [`SolutionBase`](#shape-solutionbase), **required**.
  An array with minimal details for solutions matching the request criteria.
- `NextToken`: string.
  A pagination token used to retrieve the next set of results in subsequent calls. This token is included in the response only if there are additional result pages available.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_solutions{ Catalog = "AWS" }
```]],
    ListTagsForResource = [[
## ListTagsForResource

Returns a list of tags for a resource.

- Lua: `selling:list_tags_for_resource(input)` or `selling:call("ListTagsForResource", input)`
- CLI: `partnercentral selling list-tags-for-resource`

**Input** (`ListTagsForResourceRequest`)

- `ResourceArn` (`--resource-arn`): string, **required**; pattern `(?=.{1,1000}$)arn:[\w+=/,.@-]+:partnercentral:[\w+=/,.@-]*:[0-9]{12}:catalog/([a-zA-Z]+)/[\w+=,.@-]+(/[\w+=,.@-]+)*`.
  The Amazon Resource Name (ARN) of the resource for which you want to retrieve tags.

**Output** (`ListTagsForResourceResponse`)

- `Tags`: list of [`Tag`](#shape-tag), 1–200 entries, **required**.
  A map of the key-value pairs for the tag or tags assigned to the specified resource.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:list_tags_for_resource{
  ResourceArn = "arn:abc:partnercentral:def:678901234567:catalog/stu/vwx/yz0/123/456",
}
```]],
    PutSellingSystemSettings = [[
## PutSellingSystemSettings

Updates the currently set system settings, which include the IAM Role used for resource snapshot jobs.

- Lua: `selling:put_selling_system_settings(input)` or `selling:call("PutSellingSystemSettings", input)`
- CLI: `partnercentral selling put-selling-system-settings`

**Input** (`PutSellingSystemSettingsRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the settings will be updated. Acceptable values include `AWS` for production and `Sandbox` for testing environments.
- `ResourceSnapshotJobRoleIdentifier` (`--resource-snapshot-job-role-identifier`): string; pattern `(?=.{0,2048}$)(arn:aws:iam::\d{12}:role/([-+=,.@_a-zA-Z0-9]+/)*)?[-+=,.@_a-zA-Z0-9]{1,64}`.
  Specifies the ARN of the IAM Role used for resource snapshot job executions.

**Output** (`PutSellingSystemSettingsResponse`)

- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the settings are defined. Acceptable values include `AWS` for production and `Sandbox` for testing environments.
- `ResourceSnapshotJobRoleArn`: string; pattern `(?=.{0,2048}$)arn:aws:iam::\d{12}:role/([-+=,.@_a-zA-Z0-9]+/)*[-+=,.@_a-zA-Z0-9]{1,64}`.
  Specifies the ARN of the IAM Role used for resource snapshot job executions.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:put_selling_system_settings{ Catalog = "AWS" }
```]],
    RejectEngagementInvitation = [[
## RejectEngagementInvitation

This action rejects an `EngagementInvitation` that AWS shared. Rejecting an invitation indicates that the partner doesn't want to pursue the opportunity, and all related data will become inaccessible thereafter.

- Lua: `selling:reject_engagement_invitation(input)` or `selling:call("RejectEngagementInvitation", input)`
- CLI: `partnercentral selling reject-engagement-invitation`

**Input** (`RejectEngagementInvitationRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  This is the catalog that's associated with the engagement invitation. Acceptable values are `AWS` or `Sandbox`, and these values determine the environment in which the opportunity is managed.
- `Identifier` (`--identifier`): string, **required**; pattern `(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})`.
  This is the unique identifier of the rejected `EngagementInvitation`. Providing the correct identifier helps to ensure that the intended invitation is rejected.
- `RejectionReason` (`--rejection-reason`): string; pattern `[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]{1,80}`.
  This describes the reason for rejecting the engagement invitation, which helps AWS track usage patterns. Acceptable values include the following:

  - *Customer problem unclear:* The customer's problem isn't understood.
  - *Next steps unclear:* The next steps required to proceed aren't understood.
  - *Unable to support:* The partner is unable to provide support due to resource or capability constraints.
  - *Duplicate of partner referral:* The opportunity is a duplicate of an existing referral.
  - *Other:* Any reason not covered by other values.

**Output** (`none`)

No members.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:reject_engagement_invitation{ Catalog = "AWS", Identifier = "engi-abcdefghijklm" }
```]],
    StartEngagementByAcceptingInvitationTask = [[
## StartEngagementByAcceptingInvitationTask

This action starts the engagement by accepting an `EngagementInvitation`. The task is asynchronous and involves the following steps: accepting the invitation, creating an opportunity in the partner’s account from the AWS opportunity, and copying details for tracking. When completed, an `Opportunity Created` event is generated, indicating that the opportunity has been successfully created in the partner's account.

- Lua: `selling:start_engagement_by_accepting_invitation_task(input)` or `selling:call("StartEngagementByAcceptingInvitationTask", input)`
- CLI: `partnercentral selling start-engagement-by-accepting-invitation-task`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`StartEngagementByAcceptingInvitationTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the task. Use `AWS` for production engagements and `Sandbox` for testing scenarios.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  A unique, case-sensitive identifier provided by the client that helps to ensure the idempotency of the request. This can be a random or meaningful string but must be unique for each request.
- `Identifier` (`--identifier`): string, **required**; pattern `(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})`.
  Specifies the unique identifier of the `EngagementInvitation` to be accepted. Providing the correct identifier helps ensure that the correct engagement is processed.
- `Tags` (`--tags`): list of [`Tag`](#shape-tag), 1–200 entries.
  A map of the key-value pairs of the tag or tags to assign.

**Output** (`StartEngagementByAcceptingInvitationTaskResponse`)

- `TaskId`: string; pattern `.*task-[0-9a-z]{13}`.
  The unique identifier of the task, used to track the task’s progress.
- `TaskArn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the task, used for tracking and managing the task within AWS.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the task was initiated. The format follows RFC 3339 section 5.6.
- `TaskStatus`: [`TaskStatus`](#shape-taskstatus) (enum); one of `IN_PROGRESS`, `COMPLETE`, `FAILED`.
  Indicates the current status of the task.
- `Message`: string.
  If the task fails, this field contains a detailed message describing the failure and possible recovery steps.
- `ReasonCode`: [`ReasonCode`](#shape-reasoncode) (enum); one of 22 values.
  Indicates the reason for task failure using an enumerated code.
- `OpportunityId`: string; pattern `O[0-9]{1,19}`.
  Returns the original opportunity identifier passed in the request. This is the unique identifier for the opportunity.
- `ResourceSnapshotJobId`: string; pattern `job-[0-9a-z]{13}`.
  The identifier of the Resource Snapshot Job created as part of this task.
- `EngagementInvitationId`: string; pattern `engi-[0-9,a-z]{13}`.
  Returns the identifier of the engagement invitation that was accepted and used to create the opportunity.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. This error occurs when the request would cause a service quota to be exceeded.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:start_engagement_by_accepting_invitation_task{ Catalog = "AWS", Identifier = "engi-abcdefghijklm" }
```]],
    StartEngagementFromOpportunityTask = [[
## StartEngagementFromOpportunityTask

Similar to `StartEngagementByAcceptingInvitationTask`, this action is asynchronous and performs multiple steps before completion. This action orchestrates a comprehensive workflow that combines multiple API operations into a single task to create and initiate an engagement from an existing opportunity. It automatically executes a sequence of operations including `GetOpportunity`, `CreateEngagement` (if it doesn't exist), `CreateResourceSnapshot`, `CreateResourceSnapshotJob`, `CreateEngagementInvitation` (if not already invited/accepted), and `SubmitOpportunity`.

- Lua: `selling:start_engagement_from_opportunity_task(input)` or `selling:call("StartEngagementFromOpportunityTask", input)`
- CLI: `partnercentral selling start-engagement-from-opportunity-task`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`StartEngagementFromOpportunityTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the engagement is tracked. Acceptable values include `AWS` for production and `Sandbox` for testing environments.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  A unique token provided by the client to help ensure the idempotency of the request. It helps prevent the same task from being performed multiple times.
- `Identifier` (`--identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  The unique identifier of the opportunity from which the engagement task is to be initiated. This helps ensure that the task is applied to the correct opportunity.
- `AwsSubmission` (`--aws-submission`): [`AwsSubmission`](#shape-awssubmission), **required**.
- `Tags` (`--tags`): list of [`Tag`](#shape-tag), 1–200 entries.
  A map of the key-value pairs of the tag or tags to assign.

**Output** (`StartEngagementFromOpportunityTaskResponse`)

- `TaskId`: string; pattern `.*task-[0-9a-z]{13}`.
  The unique identifier of the task, used to track the task’s progress. This value follows a specific pattern: `^oit-[0-9a-z]{13}$`.
- `TaskArn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the task, used for tracking and managing the task within AWS.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the task was initiated. The format follows RFC 3339 section 5.6.
- `TaskStatus`: [`TaskStatus`](#shape-taskstatus) (enum); one of `IN_PROGRESS`, `COMPLETE`, `FAILED`.
  Indicates the current status of the task. Valid values include `IN_PROGRESS`, `COMPLETE`, and `FAILED`.
- `Message`: string.
  If the task fails, this field contains a detailed message describing the failure and possible recovery steps.
- `ReasonCode`: [`ReasonCode`](#shape-reasoncode) (enum); one of 22 values.
  Indicates the reason for task failure using an enumerated code.
- `OpportunityId`: string; pattern `O[0-9]{1,19}`.
  Returns the original opportunity identifier passed in the request, which is the unique identifier for the opportunity created in the partner’s system.
- `ResourceSnapshotJobId`: string; pattern `job-[0-9a-z]{13}`.
  The identifier of the resource snapshot job created to add the opportunity resource snapshot to the Engagement. Only populated if TaskStatus is COMPLETE
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The identifier of the newly created Engagement. Only populated if TaskStatus is COMPLETE.
- `EngagementInvitationId`: string; pattern `engi-[0-9,a-z]{13}`.
  The identifier of the new Engagement invitation. Only populated if TaskStatus is COMPLETE.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. This error occurs when the request would cause a service quota to be exceeded.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:start_engagement_from_opportunity_task{
  Catalog = "AWS",
  Identifier = "O012",
  AwsSubmission = { InvolvementType = "For Visibility Only" },
}
```]],
    StartOpportunityFromEngagementTask = [[
## StartOpportunityFromEngagementTask

This action creates an opportunity from an existing engagement context. The task is asynchronous and orchestrates the process of converting engagement contextual information into a structured opportunity record within the partner's account.

- Lua: `selling:start_opportunity_from_engagement_task(input)` or `selling:call("StartOpportunityFromEngagementTask", input)`
- CLI: `partnercentral selling start-opportunity-from-engagement-task`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`StartOpportunityFromEngagementTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the opportunity creation task is executed. Acceptable values include `AWS` for production and `Sandbox` for testing environments.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  A unique token provided by the client to help ensure the idempotency of the request. It helps prevent the same task from being performed multiple times.
- `Identifier` (`--identifier`): string, **required**; pattern `(arn:.*|eng-[0-9a-z]{14})`.
  The unique identifier of the engagement from which the opportunity creation task is to be initiated. This helps ensure that the task is applied to the correct engagement.
- `ContextIdentifier` (`--context-identifier`): string, **required**; pattern `[1-9][0-9]*`.
  The unique identifier of the engagement context from which to create the opportunity. This specifies the specific contextual information within the engagement that will be used for opportunity creation.
- `Tags` (`--tags`): list of [`Tag`](#shape-tag), 1–200 entries.
  A map of the key-value pairs of the tag or tags to assign.

**Output** (`StartOpportunityFromEngagementTaskResponse`)

- `TaskId`: string; pattern `.*task-[0-9a-z]{13}`.
  The unique identifier of the task, used to track the task's progress.
- `TaskArn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the task, used for tracking and managing the task within AWS.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the task was initiated. The format follows RFC 3339 section 5.6.
- `TaskStatus`: [`TaskStatus`](#shape-taskstatus) (enum); one of `IN_PROGRESS`, `COMPLETE`, `FAILED`.
  Indicates the current status of the task.
- `Message`: string.
  If the task fails, this field contains a detailed message describing the failure and possible recovery steps.
- `ReasonCode`: [`ReasonCode`](#shape-reasoncode) (enum); one of 22 values.
  Indicates the reason for task failure using an enumerated code.
- `OpportunityId`: string; pattern `O[0-9]{1,19}`.
  The unique identifier of the opportunity created as a result of the task. This field is populated when the task is completed successfully.
- `ResourceSnapshotJobId`: string; pattern `job-[0-9a-z]{13}`.
  The identifier of the resource snapshot job created as part of the opportunity creation process.
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the engagement from which the opportunity was created.
- `ContextId`: string; pattern `[1-9][0-9]*`.
  The unique identifier of the engagement context used to create the opportunity.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. This error occurs when the request would cause a service quota to be exceeded.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:start_opportunity_from_engagement_task{
  Catalog = "AWS",
  Identifier = "eng-abcdefghijklmn",
  ContextIdentifier = "1123",
}
```]],
    StartProspectingFromEngagementTask = [[
## StartProspectingFromEngagementTask

Starts a task to convert one or more engagement contexts into new prospecting leads. The task runs asynchronously. To poll for status, use `GetProspectingFromEngagementTask`, or use `ListProspectingFromEngagementTasks` to monitor multiple tasks.

- Lua: `selling:start_prospecting_from_engagement_task(input)` or `selling:call("StartProspectingFromEngagementTask", input)`
- CLI: `partnercentral selling start-prospecting-from-engagement-task`
- Idempotency token: `ClientToken`, filled in with a UUID when absent and the same on every retry

**Input** (`StartProspectingFromEngagementTaskRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the task is initiated. Specify `AWS` for production environments and `Sandbox` for testing and development purposes.
- `Identifiers` (`--identifiers`): list of string (pattern `eng-[0-9a-z]{14}`), 0–100 entries, **required**.
  The list of engagement identifiers to include in this prospecting task. Each identifier must correspond to an existing engagement in the specified catalog. Maximum of 100 identifiers per task.
- `TaskName` (`--task-name`): string, **required**; length 1–128 code points.
  A descriptive name for the task. This name helps identify the task in list and get operations. The name must contain 1 to 128 characters.
- `ClientToken` (`--client-token`): string, **required**, idempotency token (filled in when absent); pattern `.{1,255}`.
  A unique, case-sensitive identifier provided by the client to ensure idempotency. Making the same request with the same `ClientToken` returns the same response without creating a duplicate task.

**Output** (`StartProspectingFromEngagementTaskResponse`)

- `Identifiers`: list of string (pattern `eng-[0-9a-z]{14}`), 0–100 entries, **required**.
  The list of engagement identifiers that were accepted into the task queue for processing. This list matches the identifiers provided in the request.
- `TaskName`: string, **required**; length 1–128 code points.
  The task name from the request.
- `Message`: string.
  A message providing additional context about the task's current state. When the task fails, this field contains a detailed description of the failure and suggested recovery steps. This field is only populated for tasks in a failed state.
- `ReasonCode`: string.
  An enumerated code identifying the reason for task failure. This field is only populated when the task has failed. Use the corresponding `Message` field for a human-readable description of the failure.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp indicating when the task was initiated. The format follows ISO 8601 date-time notation.
- `TaskId`: string; pattern `task-[0-9a-z]{14}`.
  The unique identifier assigned to this task. Use this identifier with `GetProspectingFromEngagementTask` to retrieve task details and check status.
- `TaskArn`: string; pattern `arn:aws:partnercentral-selling:.*:.*:catalog/.*/prospecting-from-engagement-task/task-[0-9a-z]{14}`.
  The Amazon Resource Name (ARN) of the task. The ARN uniquely identifies the task across AWS and can be used for resource-level IAM policies.
- `TaskStatus`: [`ProspectingTaskStatus`](#shape-prospectingtaskstatus) (enum), **required**; one of `PENDING`, `IN_PROGRESS`, `COMPLETED`, `FAILED`.
  The current status of the task. Possible values: `PENDING` (waiting to run), `IN_PROGRESS` (actively processing), `COMPLETED` (successfully processed), and `FAILED` (unrecoverable error).

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:start_prospecting_from_engagement_task{
  Catalog = "AWS",
  Identifiers = { "eng-abcdefghijklmn" },
  TaskName = "Example task name",
}
```]],
    StartResourceSnapshotJob = [[
## StartResourceSnapshotJob

Starts a resource snapshot job that has been previously created.

- Lua: `selling:start_resource_snapshot_job(input)` or `selling:call("StartResourceSnapshotJob", input)`
- CLI: `partnercentral selling start-resource-snapshot-job`

**Input** (`StartResourceSnapshotJobRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request. Valid values are:

  - AWS: Starts the request from the production AWS environment.
  - Sandbox: Starts the request from a sandbox environment used for testing or development purposes.
- `ResourceSnapshotJobIdentifier` (`--resource-snapshot-job-identifier`): string, **required**; pattern `job-[0-9a-z]{13}`.
  The identifier of the resource snapshot job to start.

**Output** (`none`)

No members.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:start_resource_snapshot_job{ Catalog = "AWS", ResourceSnapshotJobIdentifier = "job-abcdefghijklm" }
```]],
    StopResourceSnapshotJob = [[
## StopResourceSnapshotJob

Stops a resource snapshot job. The job must be started prior to being stopped.

- Lua: `selling:stop_resource_snapshot_job(input)` or `selling:call("StopResourceSnapshotJob", input)`
- CLI: `partnercentral selling stop-resource-snapshot-job`

**Input** (`StopResourceSnapshotJobRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request. Valid values are:

  - AWS: Stops the request from the production AWS environment.
  - Sandbox: Stops the request from a sandbox environment used for testing or development purposes.
- `ResourceSnapshotJobIdentifier` (`--resource-snapshot-job-identifier`): string, **required**; pattern `job-[0-9a-z]{13}`.
  The identifier of the job to stop.

**Output** (`none`)

No members.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:stop_resource_snapshot_job{ Catalog = "AWS", ResourceSnapshotJobIdentifier = "job-abcdefghijklm" }
```]],
    SubmitOpportunity = [[
## SubmitOpportunity

Use this action to submit an Opportunity that was previously created by partner for AWS review. After you perform this action, the Opportunity becomes non-editable until it is reviewed by AWS and has `LifeCycle.ReviewStatus` as either `Approved` or `Action Required`.

- Lua: `selling:submit_opportunity(input)` or `selling:call("SubmitOpportunity", input)`
- CLI: `partnercentral selling submit-opportunity`

**Input** (`SubmitOpportunityRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog related to the request. Valid values are:

  - AWS: Submits the opportunity request from the production AWS environment.
  - Sandbox: Submits the opportunity request from a sandbox environment used for testing or development purposes.
- `Identifier` (`--identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  The identifier of the Opportunity previously created by partner and needs to be submitted.
- `InvolvementType` (`--involvement-type`): [`SalesInvolvementType`](#shape-salesinvolvementtype) (enum), **required**; one of `For Visibility Only`, `Co-Sell`.
  Specifies the level of AWS sellers' involvement on the opportunity. Valid values:

  - `Co-sell`: Indicates the user wants to co-sell with AWS. Share the opportunity with AWS to receive deal assistance and support.
  - `For Visibility Only`: Indicates that the user does not need support from AWS Sales Rep. Share this opportunity with AWS for visibility only, you will not receive deal assistance and support.
- `Visibility` (`--visibility`): [`Visibility`](#shape-visibility) (enum); one of `Full`, `Limited`.
  Determines whether to restrict visibility of the opportunity from AWS sales. Default value is Full. Valid values:

  - `Full`: The opportunity is fully visible to AWS sales.
  - `Limited`: The opportunity has restricted visibility to AWS sales.

**Output** (`none`)

No members.

**Errors**

- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:submit_opportunity{
  Catalog = "AWS",
  Identifier = "O012",
  InvolvementType = "For Visibility Only",
}
```]],
    TagResource = [[
## TagResource

Assigns one or more tags (key-value pairs) to the specified resource.

- Lua: `selling:tag_resource(input)` or `selling:call("TagResource", input)`
- CLI: `partnercentral selling tag-resource`

**Input** (`TagResourceRequest`)

- `ResourceArn` (`--resource-arn`): string, **required**; pattern `(?=.{1,1000}$)arn:[\w+=/,.@-]+:partnercentral:[\w+=/,.@-]*:[0-9]{12}:catalog/([a-zA-Z]+)/[\w+=,.@-]+(/[\w+=,.@-]+)*`.
  The Amazon Resource Name (ARN) of the resource that you want to tag.
- `Tags` (`--tags`): list of [`Tag`](#shape-tag), 1–200 entries, **required**.
  A map of the key-value pairs of the tag or tags to assign.

**Output** (`TagResourceResponse`)

No members.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:tag_resource{
  ResourceArn = "arn:abc:partnercentral:def:678901234567:catalog/stu/vwx/yz0/123/456",
  Tags = { { Key = "Example key", Value = "Example value" } },
}
```]],
    UntagResource = [[
## UntagResource

Removes a tag or tags from a resource.

- Lua: `selling:untag_resource(input)` or `selling:call("UntagResource", input)`
- CLI: `partnercentral selling untag-resource`

**Input** (`UntagResourceRequest`)

- `ResourceArn` (`--resource-arn`): string, **required**; pattern `(?=.{1,1000}$)arn:[\w+=/,.@-]+:partnercentral:[\w+=/,.@-]*:[0-9]{12}:catalog/([a-zA-Z]+)/[\w+=,.@-]+(/[\w+=,.@-]+)*`.
  The Amazon Resource Name (ARN) of the resource that you want to untag.
- `TagKeys` (`--tag-keys`): list of string (pattern `(?=.{1,128}$)([\p{L}\p{Z}\p{N}_.:/=+\-@]*)`), 1–50 entries, **required**.
  The keys of the key-value pairs for the tag or tags you want to remove from the specified resource.

**Output** (`UntagResourceResponse`)

No members.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:untag_resource{
  ResourceArn = "arn:abc:partnercentral:def:678901234567:catalog/stu/vwx/yz0/123/456",
  TagKeys = { "Example tag keys" },
}
```]],
    UpdateEngagementContext = [[
## UpdateEngagementContext

Updates the context information for an existing engagement with new or modified data.

- Lua: `selling:update_engagement_context(input)` or `selling:call("UpdateEngagementContext", input)`
- CLI: `partnercentral selling update-engagement-context`

**Input** (`UpdateEngagementContextRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the engagement context update request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the engagement context is updated in.
- `EngagementIdentifier` (`--engagement-identifier`): string, **required**; pattern `(arn:.*|eng-[0-9a-z]{14})`.
  The unique identifier of the `Engagement` containing the context to be updated. This parameter ensures the context update is applied to the correct engagement.
- `ContextIdentifier` (`--context-identifier`): string, **required**; pattern `(?s).{1,3}`.
  The unique identifier of the specific engagement context to be updated. This ensures that the correct context within the engagement is modified.
- `EngagementLastModifiedAt` (`--engagement-last-modified-at`): timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the engagement was last modified, used for optimistic concurrency control. This helps prevent conflicts when multiple users attempt to update the same engagement simultaneously.
- `Type` (`--type`): [`EngagementContextType`](#shape-engagementcontexttype) (enum), **required**; one of `CustomerProject`, `Lead`, `ProspectingResult`.
  Specifies the type of context being updated within the engagement. This field determines the structure and content of the context payload being modified.
- `Payload` (`--payload`): [`UpdateEngagementContextPayload`](#shape-updateengagementcontextpayload), **required**.
  Contains the updated contextual information for the engagement. The structure of this payload varies based on the context type specified in the Type field.

**Output** (`UpdateEngagementContextResponse`)

- `EngagementId`: string, **required**; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the engagement that was updated.
- `EngagementArn`: string, **required**; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the updated engagement.
- `EngagementLastModifiedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp when the engagement context was last modified.
- `ContextId`: string, **required**; pattern `(?s).{1,3}`.
  The unique identifier of the engagement context that was updated.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ServiceQuotaExceededException`](#error-servicequotaexceededexception): not retried. This error occurs when the request would cause a service quota to be exceeded.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:update_engagement_context{
  Catalog = "AWS",
  EngagementIdentifier = "eng-abcdefghijklmn",
  ContextIdentifier = "abc",
  EngagementLastModifiedAt = "2025-01-01T00:00:00Z",
  Type = "CustomerProject",
  Payload = { Lead = { Customer = { CompanyName = "Example company name" } } },
}
```]],
    UpdateOpportunity = [[
## UpdateOpportunity

Updates the `Opportunity` record identified by a given `Identifier`. This operation allows you to modify the details of an existing opportunity to reflect the latest information and progress. Use this action to keep the opportunity record up-to-date and accurate.

When you perform updates, include the entire payload with each request. If any field is omitted, the API assumes that the field is set to `null`. The best practice is to always perform a `GetOpportunity` to retrieve the latest values, then send the complete payload with the updated values to be changed.

- Lua: `selling:update_opportunity(input)` or `selling:call("UpdateOpportunity", input)`
- CLI: `partnercentral selling update-opportunity`

**Input** (`UpdateOpportunityRequest`)

- `Catalog` (`--catalog`): string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the request. This field takes a string value from a predefined list: `AWS` or `Sandbox`. The catalog determines which environment the opportunity is updated in. Use `AWS` to update real opportunities in the production environment, and `Sandbox` for testing in secure, isolated environments. When you use the `Sandbox` catalog, it allows you to simulate and validate your interactions with Amazon Web Services services without affecting live data or operations.
- `PrimaryNeedsFromAws` (`--primary-needs-from-aws`): list of [`PrimaryNeedFromAws`](#shape-primaryneedfromaws) (enum).
  Identifies the type of support the partner needs from Amazon Web Services.

  Valid values:

  - Cosell—Architectural Validation: Confirmation from Amazon Web Services that the partner's proposed solution architecture is aligned with Amazon Web Services best practices and poses minimal architectural risks.
  - Cosell—Business Presentation: Request Amazon Web Services seller's participation in a joint customer presentation.
  - Cosell—Competitive Information: Access to Amazon Web Services competitive resources and support for the partner's proposed solution.
  - Cosell—Pricing Assistance: Connect with an AWS seller for support situations where a partner may be receiving an upfront discount on a service (for example: EDP deals).
  - Cosell—Technical Consultation: Connection with an Amazon Web Services Solutions Architect to address the partner's questions about the proposed solution.
  - Cosell—Total Cost of Ownership Evaluation: Assistance with quoting different cost savings of proposed solutions on Amazon Web Services versus on-premises or a traditional hosting environment.
  - Cosell—Deal Support: Request Amazon Web Services seller's support to progress the opportunity (for example: joint customer call, strategic positioning).
  - Cosell—Support for Public Tender/RFx: Opportunity related to the public sector where the partner needs RFx support from Amazon Web Services.
- `NationalSecurity` (`--national-security`): [`NationalSecurity`](#shape-nationalsecurity) (enum); one of `Yes`, `No`.
  Specifies if the opportunity is associated with national security concerns. This flag is only applicable when the industry is `Government`. For national-security-related opportunities, validation and compliance rules may apply, impacting the opportunity's visibility and processing.
- `PartnerOpportunityIdentifier` (`--partner-opportunity-identifier`): string; pattern `(?s).{0,64}`.
  Specifies the opportunity's unique identifier in the partner's CRM system. This value is essential to track and reconcile because it's included in the outbound payload sent back to the partner.
- `Customer` (`--customer`): [`Customer`](#shape-customer).
  Specifies details of the customer associated with the `Opportunity`.
- `Project` (`--project`): [`Project`](#shape-project).
  An object that contains project details summary for the `Opportunity`.
- `OpportunityType` (`--opportunity-type`): [`OpportunityType`](#shape-opportunitytype) (enum); one of `Net New Business`, `Flat Renewal`, `Expansion`.
  Specifies the opportunity type as a renewal, new, or expansion.

  Opportunity types:

  - New opportunity: Represents a new business opportunity with a potential customer that's not previously engaged with your solutions or services.
  - Renewal opportunity: Represents an opportunity to renew an existing contract or subscription with a current customer, ensuring continuity of service.
  - Expansion opportunity: Represents an opportunity to expand the scope of an existing contract or subscription, either by adding new services or increasing the volume of existing services for a current customer.
- `Marketing` (`--marketing`): [`Marketing`](#shape-marketing).
  An object that contains marketing details for the `Opportunity`.
- `SoftwareRevenue` (`--software-revenue`): [`SoftwareRevenue`](#shape-softwarerevenue).
  Specifies details of a customer's procurement terms. Required only for partners in eligible programs.
- `LastModifiedDate` (`--last-modified-date`): timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  `DateTime` when the opportunity was last modified.
- `Identifier` (`--identifier`): string, **required**; pattern `O[0-9]{1,19}`.
  Read-only, system generated `Opportunity` unique identifier.
- `LifeCycle` (`--life-cycle`): [`LifeCycle`](#shape-lifecycle).
  An object that contains lifecycle details for the `Opportunity`.

**Output** (`UpdateOpportunityResponse`)

- `Id`: string, **required**; pattern `O[0-9]{1,19}`.
  Read-only, system generated `Opportunity` unique identifier.
- `LastModifiedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  `DateTime` when the opportunity was last modified.

**Errors**

- [`ConflictException`](#error-conflictexception): not retried. This error occurs when the request can’t be processed due to a conflict with the target resource's current state, which could result from updating or deleting the resource.
- [`ThrottlingException`](#error-throttlingexception): retried (throttling: backoff, retry quota). This error occurs when there are too many requests sent.
- [`AccessDeniedException`](#error-accessdeniedexception): not retried. This error occurs when you don't have permission to perform the requested action.
- [`InternalServerException`](#error-internalserverexception): retried (transient server error). This error occurs when the specified resource can’t be found or doesn't exist.
- [`ValidationException`](#error-validationexception): not retried. The input fails to satisfy the constraints specified by the service or business validation rules.
- [`ResourceNotFoundException`](#error-resourcenotfoundexception): not retried. This error occurs when the specified resource can't be found.

**Example**

```lua
local result, err = selling:update_opportunity{
  Catalog = "AWS",
  LastModifiedDate = "2025-01-01T00:00:00Z",
  Identifier = "O012",
}
```]],
  },
  overview = [[
Partner Central This Amazon Web Services (AWS) Partner Central API reference is designed to help [AWS Partners](http://aws.amazon.com/partners/programs/) integrate Customer Relationship Management (CRM) systems with AWS Partner Central. Partners can automate interactions with AWS Partner Central, which helps to ensure effective engagements in joint business activities. The API provides standard AWS API functionality. Access it by either using API [Actions](https://docs.aws.amazon.com/partner-central/latest/selling-api/API_Operations.html) or by using an AWS SDK that's tailored to your programming language or platform. For more information, see [Getting Started with AWS](http://aws.amazon.com/getting-started) and [Tools to Build on AWS](http://aws.amazon.com/developer/tools/). **Features offered by AWS Partner Central API** **Opportunity management:** Manages coselling opportunities through API actions such as `CreateOpportunity`, `UpdateOpportunity`, `ListOpportunities`, `GetOpportunity`, and `AssignOpportunity`. **AWS referral management:** Manages referrals shared by AWS using actions such as `ListEngagementInvitations`, `GetEngagementInvitation`, `StartEngagementByAcceptingInvitation`, and `RejectEngagementInvitation`. **Entity association:** Associates related entities such as *AWS Products*, *Partner Solutions*, and *AWS Marketplace Private Offers* with opportunities using the actions `AssociateOpportunity`, and `DisassociateOpportunity`. **View AWS opportunity details:** Retrieves real-time summaries of AWS opportunities using the `GetAWSOpportunitySummary` action. **List solutions:** Provides list APIs for listing partner offers using `ListSolutions`. **Event subscription:** Subscribe to real-time opportunity updates through AWS EventBridge by using actions such as *Opportunity Created*, *Opportunity Updated*, *Engagement Invitation Accepted*, *Engagement Invitation Rejected*, and *Engagement Invitation Created*.]],
  service = "selling",
  shapes = {
    AccessDeniedExceptionErrorCode = [[
<a id="shape-accessdeniedexceptionerrorcode"></a>

### AccessDeniedExceptionErrorCode

Enum (string): `INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE`.]],
    Account = [[
<a id="shape-account"></a>

### Account

Specifies the `Customer`'s account details associated with the `Opportunity`.

- `Industry`: [`Industry`](#shape-industry) (enum); one of 28 values.
  Specifies the industry the end `Customer` belongs to that's associated with the `Opportunity`. It refers to the category or sector where the customer's business operates. This is a required field.
- `OtherIndustry`: string; pattern `(?s).{0,255}`.
  Specifies the end `Customer`'s industry associated with the `Opportunity`, when the selected value in the `Industry` field is `Other`.
- `CompanyName`: string, **required**; pattern `(?s).{0,120}`; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s company name associated with the `Opportunity`.
- `WebsiteUrl`: string; pattern `(?s).{4,255}`; sensitive (redacted in debug logs).
  Specifies the end customer's company website URL associated with the `Opportunity`. This value is crucial to map the customer within the Amazon Web Services CRM system. This field is required in all cases except when the opportunity is related to national security.
- `AwsAccountId`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  Specifies the `Customer` Amazon Web Services account ID associated with the `Opportunity`.
- `Address`: [`Address`](#shape-address).
  Specifies the end `Customer`'s address details associated with the `Opportunity`.
- `Duns`: string; pattern `[0-9]{9}`; sensitive (redacted in debug logs).
  Indicates the `Customer` DUNS number, if available.]],
    AccountReceiver = [[
<a id="shape-accountreceiver"></a>

### AccountReceiver

Contains the account details of the partner who received the Engagement Invitation, including the AWS account ID and company name.

- `Alias`: string; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  Represents the alias of the partner account receiving the Engagement Invitation, making it easier to identify and track the recipient in reports or logs.
- `AwsAccountId`: string, **required**; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  Indicates the AWS account ID of the partner who received the Engagement Invitation. This is a unique identifier for managing engagements with specific AWS accounts.]],
    AccountSummary = [[
<a id="shape-accountsummary"></a>

### AccountSummary

An object that contains an `Account`'s subset of fields.

- `Industry`: [`Industry`](#shape-industry) (enum); one of 28 values.
  Specifies which industry the end `Customer` belongs to associated with the `Opportunity`. It refers to the category or sector that the customer's business operates in.

  To submit a value outside the picklist, use `Other`.

  Conditionally mandatory if `Other` is selected for Industry Vertical in LOVs.
- `OtherIndustry`: string; pattern `(?s).{0,255}`.
  Specifies the end `Customer`'s industry associated with the `Opportunity`, when the selected value in the `Industry` field is `Other`. This field is relevant when the customer's industry doesn't fall under the predefined picklist values and requires a custom description.
- `CompanyName`: string, **required**; pattern `(?s).{0,120}`; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s company name associated with the `Opportunity`.
- `WebsiteUrl`: string; pattern `(?s).{4,255}`; sensitive (redacted in debug logs).
  Specifies the end customer's company website URL associated with the `Opportunity`. This value is crucial to map the customer within the Amazon Web Services CRM system.
- `Address`: [`AddressSummary`](#shape-addresssummary).
  Specifies the end `Customer`'s address details associated with the `Opportunity`.]],
    Address = [[
<a id="shape-address"></a>

### Address

Specifies the end `Customer`'s address details associated with the `Opportunity`.

- `City`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s city associated with the `Opportunity`.
- `PostalCode`: string; pattern `(?s).{0,20}`; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s postal code associated with the `Opportunity`.
- `StateOrRegion`: string; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s state or region associated with the `Opportunity`.

  Valid values: `Alabama | Alaska | American Samoa | Arizona | Arkansas | California | Colorado | Connecticut | Delaware | Dist. of Columbia | Federated States of Micronesia | Florida | Georgia | Guam | Hawaii | Idaho | Illinois | Indiana | Iowa | Kansas | Kentucky | Louisiana | Maine | Marshall Islands | Maryland | Massachusetts | Michigan | Minnesota | Mississippi | Missouri | Montana | Nebraska | Nevada | New Hampshire | New Jersey | New Mexico | New York | North Carolina | North Dakota | Northern Mariana Islands | Ohio | Oklahoma | Oregon | Palau | Pennsylvania | Puerto Rico | Rhode Island | South Carolina | South Dakota | Tennessee | Texas | Utah | Vermont | Virginia | Virgin Islands | Washington | West Virginia | Wisconsin | Wyoming | APO/AE | AFO/FPO | FPO, AP`
- `CountryCode`: [`CountryCode`](#shape-countrycode) (enum); one of 249 values; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s country associated with the `Opportunity`.
- `StreetAddress`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s street address associated with the `Opportunity`.]],
    AddressSummary = [[
<a id="shape-addresssummary"></a>

### AddressSummary

An object that contains an `Address` object's subset of fields.

- `City`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s city associated with the `Opportunity`.
- `PostalCode`: string; pattern `(?s).{0,20}`; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s postal code associated with the `Opportunity`.
- `StateOrRegion`: string; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s state or region associated with the `Opportunity`.

  Valid values: `Alabama | Alaska | American Samoa | Arizona | Arkansas | California | Colorado | Connecticut | Delaware | Dist. of Columbia | Federated States of Micronesia | Florida | Georgia | Guam | Hawaii | Idaho | Illinois | Indiana | Iowa | Kansas | Kentucky | Louisiana | Maine | Marshall Islands | Maryland | Massachusetts | Michigan | Minnesota | Mississippi | Missouri | Montana | Nebraska | Nevada | New Hampshire | New Jersey | New Mexico | New York | North Carolina | North Dakota | Northern Mariana Islands | Ohio | Oklahoma | Oregon | Palau | Pennsylvania | Puerto Rico | Rhode Island | South Carolina | South Dakota | Tennessee | Texas | Utah | Vermont | Virginia | Virgin Islands | Washington | West Virginia | Wisconsin | Wyoming | APO/AE | AFO/FPO | FPO, AP`
- `CountryCode`: [`CountryCode`](#shape-countrycode) (enum); one of 249 values; sensitive (redacted in debug logs).
  Specifies the end `Customer`'s country associated with the `Opportunity`.]],
    AssigneeContact = [[
<a id="shape-assigneecontact"></a>

### AssigneeContact

Represents the contact details of the individual assigned to manage the opportunity within the partner organization. This helps to ensure that there is a point of contact for the opportunity's progress.

- `Email`: string, **required**; pattern ``(?=.{0,80}$)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?``; sensitive (redacted in debug logs).
  Provides the email address of the assignee. This email is used for communications and notifications related to the opportunity.
- `FirstName`: string, **required**; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  Specifies the first name of the assignee managing the opportunity. The system automatically retrieves this value from the user profile by referencing the associated email address.
- `LastName`: string, **required**; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  Specifies the last name of the assignee managing the opportunity. The system automatically retrieves this value from the user profile by referencing the associated email address.
- `Phone`: string; pattern `\+[1-9]\d{1,14}`; sensitive (redacted in debug logs).
  Specifies the contact phone number of the assignee responsible for the opportunity or engagement. This field enables direct communication for time-sensitive matters and facilitates coordination between AWS and partner teams.
- `BusinessTitle`: string, **required**; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  Specifies the business title of the assignee managing the opportunity. This helps clarify the individual's role and responsibilities within the organization. Use the value `PartnerAccountManager` to update details of the opportunity owner.]],
    AwsClosedLostReason = [[
<a id="shape-awsclosedlostreason"></a>

### AwsClosedLostReason

Enum (string): `Administrative`, `Business Associate Agreement`, `Company Acquired/Dissolved`, `Competitive Offering`, `Customer Data Requirement`, `Customer Deficiency`, `Customer Experience`, `Delay / Cancellation of Project`, `Duplicate`, `Duplicate Opportunity`, `Executive Blocker`, `Failed Vetting`, `Feature Limitation`, `Financial/Commercial`, `Insufficient Amazon Value`, `Insufficient AWS Value`, `International Constraints`, `Legal / Tax / Regulatory`, `Legal Terms and Conditions`, `Lost to Competitor`, `Lost to Competitor - Google`, `Lost to Competitor - Microsoft`, `Lost to Competitor - Other`, `Lost to Competitor - Rackspace`, `Lost to Competitor - SoftLayer`, `Lost to Competitor - VMWare`, `No Customer Reference`, `No Integration Resources`, `No Opportunity`, `No Perceived Value of MP`, `No Response`, `Not Committed to AWS`, `No Update`, `On Premises Deployment`, `Other`, `Other (Details in Description)`, `Partner Gap`, `Past Due`, `People/Relationship/Governance`, `Platform Technology Limitation`, `Preference for Competitor`, `Price`, `Product/Technology`, `Product Not on AWS`, `Security / Compliance`, `Self-Service`, `Technical Limitations`, `Term Sheet Impasse`.]],
    AwsFundingUsed = [[
<a id="shape-awsfundingused"></a>

### AwsFundingUsed

Enum (string): `Yes`, `No`.]],
    AwsMemberBusinessTitle = [[
<a id="shape-awsmemberbusinesstitle"></a>

### AwsMemberBusinessTitle

Enum (string): `AWSSalesRep`, `AWSAccountOwner`, `WWPSPDM`, `PDM`, `PSM`, `ISVSM`.]],
    AwsOpportunityCustomer = [[
<a id="shape-awsopportunitycustomer"></a>

### AwsOpportunityCustomer

Represents the customer associated with the AWS opportunity. This field captures key details about the customer that are necessary for managing the opportunity.

- `Contacts`: list of [`Contact`](#shape-contact).
  Provides a list of customer contacts involved in the opportunity. These contacts may include decision makers, influencers, and other stakeholders within the customer's organization.]],
    AwsOpportunityInsights = [[
<a id="shape-awsopportunityinsights"></a>

### AwsOpportunityInsights

Contains insights provided by AWS for the opportunity, offering recommendations and analysis that can help the partner optimize their engagement and strategy.

- `NextBestActions`: string.
  Provides recommendations from AWS on the next best actions to take in order to move the opportunity forward and increase the likelihood of success.
- `EngagementScore`: [`EngagementScore`](#shape-engagementscore) (enum); one of `High`, `Medium`, `Low`.
  Represents a score assigned by AWS to indicate the level of engagement and potential success for the opportunity. This score helps partners prioritize their efforts.
- `AwsProductsSpendInsightsBySource`: [`AwsProductsSpendInsightsBySource`](#shape-awsproductsspendinsightsbysource).
  Source-separated spend insights that provide independent analysis for AWS recommendations and partner estimates.
- `OpportunityQuality`: [`OpportunityQuality`](#shape-opportunityquality).
  Opportunity quality assessment. Null if not yet scored.
- `Recommendations`: list of [`Recommendation`](#shape-recommendation), 0–5 entries.
  List of recommendations from various agent-driven sources.]],
    AwsOpportunityLifeCycle = [[
<a id="shape-awsopportunitylifecycle"></a>

### AwsOpportunityLifeCycle

Tracks the lifecycle of the AWS opportunity, including stages such as qualification, validation, and closure. This field helps partners understand the current status and progression of the opportunity.

- `TargetCloseDate`: string; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  Indicates the expected date by which the opportunity is projected to close. This field helps in planning resources and timelines for both the partner and AWS.
- `ClosedLostReason`: [`AwsClosedLostReason`](#shape-awsclosedlostreason) (enum); one of 48 values.
  Indicates the reason why an opportunity was marked as `Closed Lost`. This helps in understanding the context behind the lost opportunity and aids in refining future strategies.
- `Stage`: [`AwsOpportunityStage`](#shape-awsopportunitystage) (enum); one of 24 values.
  Represents the current stage of the opportunity in its lifecycle, such as `Qualification`, `Validation`, or `Closed Won`. This helps in understanding the opportunity's progress.
- `NextSteps`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Specifies the immediate next steps required to progress the opportunity. These steps are based on AWS guidance and the current stage of the opportunity.
- `NextStepsHistory`: list of [`ProfileNextStepsHistory`](#shape-profilenextstepshistory), 0–50 entries.
  Provides a historical log of previous next steps that were taken to move the opportunity forward. This helps in tracking the decision-making process and identifying any delays or obstacles encountered.]],
    AwsOpportunityProject = [[
<a id="shape-awsopportunityproject"></a>

### AwsOpportunityProject

Captures details about the project associated with the opportunity, including objectives, scope, and customer requirements.

- `ExpectedCustomerSpend`: list of [`ExpectedCustomerSpend`](#shape-expectedcustomerspend), 0–10 entries.
  Indicates the expected spending by the customer over the course of the project. This value helps partners and AWS estimate the financial impact of the opportunity. Use the [AWS Pricing Calculator](https://calculator.aws/#/) to create an estimate of the customer’s total spend. If only annual recurring revenue (ARR) is available, distribute it across 12 months to provide an average monthly value.
- `AwsPartition`: [`AwsPartition`](#shape-awspartition) (enum); one of `aws-eusc`.
  AWS partition where the opportunity will be deployed. Possible values: `aws-eusc` for AWS European Sovereign Cloud, `null` for all other partitions.]],
    AwsOpportunityRelatedEntities = [[
<a id="shape-awsopportunityrelatedentities"></a>

### AwsOpportunityRelatedEntities

Represents other entities related to the AWS opportunity, such as AWS products, partner solutions, and marketplace offers. These associations help build a complete picture of the solution being sold.

- `AwsProducts`: list of string.
  Specifies the AWS products associated with the opportunity. This field helps track the specific products that are part of the proposed solution.
- `Solutions`: list of string (pattern `S-[0-9]{1,19}`).
  Specifies the partner solutions related to the opportunity. These solutions represent the partner's offerings that are being positioned as part of the overall AWS opportunity.
- `AwsMarketplaceSolutions`: list of string (length 4–2048 code points; pattern `arn:.*`).
  The AWS Marketplace solution ARNs associated with this opportunity.
- `AwsMarketplaceProducts`: list of string (length 4–2048 code points; pattern `arn:.*`).
  The AWS Marketplace product ARNs associated with this opportunity.]],
    AwsOpportunityStage = [[
<a id="shape-awsopportunitystage"></a>

### AwsOpportunityStage

Enum (string): `Not Started`, `In Progress`, `Prospect`, `Engaged`, `Identified`, `Qualify`, `Research`, `Seller Engaged`, `Evaluating`, `Seller Registered`, `Term Sheet Negotiation`, `Contract Negotiation`, `Onboarding`, `Building Integration`, `Qualified`, `On-hold`, `Technical Validation`, `Business Validation`, `Committed`, `Launched`, `Deferred to Partner`, `Closed Lost`, `Completed`, `Closed Incomplete`.]],
    AwsOpportunitySummaryFullView = [[
<a id="shape-awsopportunitysummaryfullview"></a>

### AwsOpportunitySummaryFullView

Provides a comprehensive view of AwsOpportunitySummaryFullView template.

- `RelatedOpportunityId`: string; pattern `O[0-9]{1,19}`.
  Identifier of the related partner opportunity.
- `Origin`: [`OpportunityOrigin`](#shape-opportunityorigin) (enum); one of `AWS Referral`, `Partner Referral`.
  Source origin of the AWS opportunity.
- `InvolvementType`: [`SalesInvolvementType`](#shape-salesinvolvementtype) (enum); one of `For Visibility Only`, `Co-Sell`.
  Type of AWS involvement in the opportunity.
- `Visibility`: [`Visibility`](#shape-visibility) (enum); one of `Full`, `Limited`.
  Visibility level for the AWS opportunity.
- `LifeCycle`: [`AwsOpportunityLifeCycle`](#shape-awsopportunitylifecycle).
- `OpportunityTeam`: list of [`AwsTeamMember`](#shape-awsteammember).
  AWS team members involved in the opportunity.
- `Insights`: [`AwsOpportunityInsights`](#shape-awsopportunityinsights).
- `InvolvementTypeChangeReason`: [`InvolvementTypeChangeReason`](#shape-involvementtypechangereason) (enum); one of `Expansion Opportunity`, `Change in Deal Information`, `Customer Requested`, `Technical Complexity`, `Risk Mitigation`.
  Reason for changes in AWS involvement type for the opportunity.
- `RelatedEntityIds`: [`AwsOpportunityRelatedEntities`](#shape-awsopportunityrelatedentities).
- `Customer`: [`AwsOpportunityCustomer`](#shape-awsopportunitycustomer).
- `Project`: [`AwsOpportunityProject`](#shape-awsopportunityproject).
- `CosellMotion`: string.
  Engagement classification for this opportunity. Read-only. Null before scoring. Known values: `AWS Field-engaged`, `Agent-engaged`, `Partner-led`.]],
    AwsPartition = [[
<a id="shape-awspartition"></a>

### AwsPartition

Enum (string): `aws-eusc`.]],
    AwsProductDetails = [[
<a id="shape-awsproductdetails"></a>

### AwsProductDetails

List of AWS services with program eligibility indicators (MAP, modernization pathways), cost estimates, and optimization recommendations.

- `ProductCode`: string, **required**.
  AWS Partner Central product identifier used for opportunity association.
- `ServiceCode`: string.
  Pricing Calculator service code.
- `Categories`: list of string, 0–20 entries, **required**.
  List of program and pathway categories this product is eligible for.
- `Amount`: string; pattern `(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?`; sensitive (redacted in debug logs).
  Baseline service cost before optimizations.
- `OptimizedAmount`: string; pattern `(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?`; sensitive (redacted in debug logs).
  Service cost after applying optimizations.
- `PotentialSavingsAmount`: string; pattern `(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?`; sensitive (redacted in debug logs).
  Service-specific cost reduction through optimizations.
- `Optimizations`: list of [`AwsProductOptimization`](#shape-awsproductoptimization), 0–10 entries, **required**.
  List of specific optimization recommendations for this product.]],
    AwsProductInsights = [[
<a id="shape-awsproductinsights"></a>

### AwsProductInsights

Comprehensive spend analysis for a single source (AWS or Partner) including total amounts, optimization savings, program category breakdowns, and detailed product-level insights.

- `CurrencyCode`: [`CurrencyCode`](#shape-currencycode) (enum), **required**; one of 168 values; sensitive (redacted in debug logs).
  ISO 4217 currency code. Supported values are `USD` and `EUR`. Returns `EUR` when the opportunity is in the `aws-eusc` (AWS European Sovereign Cloud) partition.
- `Frequency`: [`PaymentFrequency`](#shape-paymentfrequency) (enum), **required**; one of `Monthly`.
  Time period for spend amounts.
- `TotalAmount`: string; pattern `(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?`; sensitive (redacted in debug logs).
  Total estimated spend for this source before optimizations.
- `TotalOptimizedAmount`: string; pattern `(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?`; sensitive (redacted in debug logs).
  Total estimated spend after applying recommended optimizations.
- `TotalPotentialSavingsAmount`: string; pattern `(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?`; sensitive (redacted in debug logs).
  Quantified savings achievable through implementing optimizations.
- `TotalAmountByCategory`: map of string to string (pattern `(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?`; sensitive (redacted in debug logs)), **required**.
  Spend amounts mapped to AWS programs and modernization pathways.
- `AwsProducts`: list of [`AwsProductDetails`](#shape-awsproductdetails), 0–100 entries, **required**.
  Product-level details including costs and optimization recommendations.]],
    AwsProductOptimization = [[
<a id="shape-awsproductoptimization"></a>

### AwsProductOptimization

Specific optimization strategies partners can implement to reduce costs.

- `Description`: string, **required**.
  Human-readable explanation of the optimization strategy.
- `SavingsAmount`: string, **required**; pattern `(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?`; sensitive (redacted in debug logs).
  Quantified cost savings achievable by implementing this optimization.]],
    AwsProductsSpendInsightsBySource = [[
<a id="shape-awsproductsspendinsightsbysource"></a>

### AwsProductsSpendInsightsBySource

Source-separated spend insights that provide independent analysis for AWS recommendations and partner estimates.

- `Partner`: [`AwsProductInsights`](#shape-awsproductinsights).
  Partner-sourced insights derived from Pricing Calculator URLs.
- `AWS`: [`AwsProductInsights`](#shape-awsproductinsights).
  AI-generated insights including recommended products from AWS.]],
    AwsSubmission = [[
<a id="shape-awssubmission"></a>

### AwsSubmission

Indicates the level of AWS involvement in the opportunity. This field helps track AWS participation throughout the engagement, such as providing technical support, deal assistance, and sales support.

- `InvolvementType`: [`SalesInvolvementType`](#shape-salesinvolvementtype) (enum), **required**; one of `For Visibility Only`, `Co-Sell`.
  Specifies the type of AWS involvement in the opportunity, such as coselling, deal support, or technical consultation. This helps categorize the nature of AWS participation.
- `Visibility`: [`Visibility`](#shape-visibility) (enum); one of `Full`, `Limited`.
  Determines who can view AWS involvement in the opportunity. Typically, this field is set to `Full` for most cases, but it may be restricted based on special program requirements or confidentiality needs.]],
    AwsTeamMember = [[
<a id="shape-awsteammember"></a>

### AwsTeamMember

Represents an Amazon Web Services team member for the engagement. This structure includes details such as name, email, and business title.

- `Email`: string; pattern ``(?=.{0,80}$)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?``; sensitive (redacted in debug logs).
  Provides the Amazon Web Services team member's email address.
- `FirstName`: string; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  Provides the Amazon Web Services team member's first name.
- `LastName`: string; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  Provides the Amazon Web Services team member's last name.
- `BusinessTitle`: [`AwsMemberBusinessTitle`](#shape-awsmemberbusinesstitle) (enum); one of `AWSSalesRep`, `AWSAccountOwner`, `WWPSPDM`, `PDM`, `PSM`, `ISVSM`.
  Specifies the Amazon Web Services team member's business title and indicates their organizational role.]],
    Channel = [[
<a id="shape-channel"></a>

### Channel

Enum (string): `AWS Marketing Central`, `Content Syndication`, `Display`, `Email`, `Live Event`, `Out Of Home (OOH)`, `Print`, `Search`, `Social`, `Telemarketing`, `TV`, `Video`, `Virtual Event`.]],
    ClosedLostReason = [[
<a id="shape-closedlostreason"></a>

### ClosedLostReason

Enum (string): `Customer Deficiency`, `Delay / Cancellation of Project`, `Legal / Tax / Regulatory`, `Lost to Competitor - Google`, `Lost to Competitor - Microsoft`, `Lost to Competitor - SoftLayer`, `Lost to Competitor - VMWare`, `Lost to Competitor - Other`, `No Opportunity`, `On Premises Deployment`, `Partner Gap`, `Price`, `Security / Compliance`, `Technical Limitations`, `Customer Experience`, `Other`, `People/Relationship/Governance`, `Product/Technology`, `Financial/Commercial`.]],
    CompetitorName = [[
<a id="shape-competitorname"></a>

### CompetitorName

Enum (string): `Oracle Cloud`, `On-Prem`, `Co-location`, `Akamai`, `AliCloud`, `Google Cloud Platform`, `IBM Softlayer`, `Microsoft Azure`, `Other- Cost Optimization`, `No Competition`, `*Other`.]],
    Contact = [[
<a id="shape-contact"></a>

### Contact

An object that contains a `Customer Partner`'s contact details.

- `Email`: string; pattern ``(?=.{0,80}$)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?``; sensitive (redacted in debug logs).
  The contact's email address associated with the `Opportunity`.
- `FirstName`: string; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  The contact's first name associated with the `Opportunity`.
- `LastName`: string; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  The contact's last name associated with the `Opportunity`.
- `BusinessTitle`: string; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  The partner contact's title (job title or role) associated with the `Opportunity`. `BusinessTitle` supports either `PartnerAccountManager` or `OpportunityOwner`.
- `Phone`: string; pattern `\+[1-9]\d{1,14}`; sensitive (redacted in debug logs).
  The contact's phone number associated with the `Opportunity`.]],
    CountryCode = [[
<a id="shape-countrycode"></a>

### CountryCode

Enum (string): `US`, `AF`, `AX`, `AL`, `DZ`, `AS`, `AD`, `AO`, `AI`, `AQ`, `AG`, `AR`, `AM`, `AW`, `AU`, `AT`, `AZ`, `BS`, `BH`, `BD`, `BB`, `BY`, `BE`, `BZ`, `BJ`, `BM`, `BT`, `BO`, `BQ`, `BA`, `BW`, `BV`, `BR`, `IO`, `BN`, `BG`, `BF`, `BI`, `KH`, `CM`, `CA`, `CV`, `KY`, `CF`, `TD`, `CL`, `CN`, `CX`, `CC`, `CO`, `KM`, `CG`, `CK`, `CR`, `CI`, `HR`, `CU`, `CW`, `CY`, `CZ`, `CD`, `DK`, `DJ`, `DM`, `DO`, `EC`, `EG`, `SV`, `GQ`, `ER`, `EE`, `ET`, `FK`, `FO`, `FJ`, `FI`, `FR`, `GF`, `PF`, `TF`, `GA`, `GM`, `GE`, `DE`, `GH`, `GI`, `GR`, `GL`, `GD`, `GP`, `GU`, `GT`, `GG`, `GN`, `GW`, `GY`, `HT`, `HM`, `VA`, `HN`, `HK`, `HU`, `IS`, `IN`, `ID`, `IR`, `IQ`, `IE`, `IM`, `IL`, `IT`, `JM`, `JP`, `JE`, `JO`, `KZ`, `KE`, `KI`, `KR`, `KW`, `KG`, `LA`, `LV`, `LB`, `LS`, `LR`, `LY`, `LI`, `LT`, `LU`, `MO`, `MK`, `MG`, `MW`, `MY`, `MV`, `ML`, `MT`, `MH`, `MQ`, `MR`, `MU`, `YT`, `MX`, `FM`, `MD`, `MC`, `MN`, `ME`, `MS`, `MA`, `MZ`, `MM`, `NA`, `NR`, `NP`, `NL`, `AN`, `NC`, `NZ`, `NI`, `NE`, `NG`, `NU`, `NF`, `MP`, `NO`, `OM`, `PK`, `PW`, `PS`, `PA`, `PG`, `PY`, `PE`, `PH`, `PN`, `PL`, `PT`, `PR`, `QA`, `RE`, `RO`, `RU`, `RW`, `BL`, `SH`, `KN`, `LC`, `MF`, `PM`, `VC`, `WS`, `SM`, `ST`, `SA`, `SN`, `RS`, `SC`, `SL`, `SG`, `SX`, `SK`, `SI`, `SB`, `SO`, `ZA`, `GS`, `SS`, `ES`, `LK`, `SD`, `SR`, `SJ`, `SZ`, `SE`, `CH`, `SY`, `TW`, `TJ`, `TZ`, `TH`, `TL`, `TG`, `TK`, `TO`, `TT`, `TN`, `TR`, `TM`, `TC`, `TV`, `UG`, `UA`, `AE`, `GB`, `UM`, `UY`, `UZ`, `VU`, `VE`, `VN`, `VG`, `VI`, `WF`, `EH`, `YE`, `ZM`, `ZW`.

Constraints: sensitive (redacted in debug logs).]],
    CreatedDateFilter = [[
<a id="shape-createddatefilter"></a>

### CreatedDateFilter

Filter for opportunities based on creation date range.

- `AfterCreatedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  Filter opportunities created after this date.
- `BeforeCreatedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  Filter opportunities created before this date.]],
    CurrencyCode = [[
<a id="shape-currencycode"></a>

### CurrencyCode

Enum (string): `USD`, `EUR`, `GBP`, `AUD`, `CAD`, `CNY`, `NZD`, `INR`, `JPY`, `CHF`, `SEK`, `AED`, `AFN`, `ALL`, `AMD`, `ANG`, `AOA`, `ARS`, `AWG`, `AZN`, `BAM`, `BBD`, `BDT`, `BGN`, `BHD`, `BIF`, `BMD`, `BND`, `BOB`, `BOV`, `BRL`, `BSD`, `BTN`, `BWP`, `BYN`, `BZD`, `CDF`, `CHE`, `CHW`, `CLF`, `CLP`, `COP`, `COU`, `CRC`, `CUC`, `CUP`, `CVE`, `CZK`, `DJF`, `DKK`, `DOP`, `DZD`, `EGP`, `ERN`, `ETB`, `FJD`, `FKP`, `GEL`, `GHS`, `GIP`, `GMD`, `GNF`, `GTQ`, `GYD`, `HKD`, `HNL`, `HRK`, `HTG`, `HUF`, `IDR`, `ILS`, `IQD`, `IRR`, `ISK`, `JMD`, `JOD`, `KES`, `KGS`, `KHR`, `KMF`, `KPW`, `KRW`, `KWD`, `KYD`, `KZT`, `LAK`, `LBP`, `LKR`, `LRD`, `LSL`, `LYD`, `MAD`, `MDL`, `MGA`, `MKD`, `MMK`, `MNT`, `MOP`, `MRU`, `MUR`, `MVR`, `MWK`, `MXN`, `MXV`, `MYR`, `MZN`, `NAD`, `NGN`, `NIO`, `NOK`, `NPR`, `OMR`, `PAB`, `PEN`, `PGK`, `PHP`, `PKR`, `PLN`, `PYG`, `QAR`, `RON`, `RSD`, `RUB`, `RWF`, `SAR`, `SBD`, `SCR`, `SDG`, `SGD`, `SHP`, `SLL`, `SOS`, `SRD`, `SSP`, `STN`, `SVC`, `SYP`, `SZL`, `THB`, `TJS`, `TMT`, `TND`, `TOP`, `TRY`, `TTD`, `TWD`, `TZS`, `UAH`, `UGX`, `USN`, `UYI`, `UYU`, `UZS`, `VEF`, `VND`, `VUV`, `WST`, `XAF`, `XCD`, `XDR`, `XOF`, `XPF`, `XSU`, `XUA`, `YER`, `ZAR`, `ZMW`, `ZWL`.

Constraints: sensitive (redacted in debug logs).]],
    Customer = [[
<a id="shape-customer"></a>

### Customer

An object that contains the customer's `Account` and `Contact`.

- `Account`: [`Account`](#shape-account).
  An object that contains the customer's account details.
- `Contacts`: list of [`Contact`](#shape-contact).
  Represents the contact details for individuals associated with the customer of the `Opportunity`. This field captures relevant contacts, including decision-makers, influencers, and technical stakeholders within the customer organization. These contacts are key to progressing the opportunity.]],
    CustomerProjectsContext = [[
<a id="shape-customerprojectscontext"></a>

### CustomerProjectsContext

The CustomerProjects structure in Engagements offers a flexible framework for managing customer-project relationships. It supports multiple customers per Engagement and multiple projects per customer, while also allowing for customers without projects and projects without specific customers.

All Engagement members have full visibility of customers and their associated projects, enabling the capture of relevant context even when project details are not fully defined. This structure also facilitates targeted invitations, allowing partners to focus on specific customers and their business problems when sending Engagement invitations.

- `Customer`: [`EngagementCustomer`](#shape-engagementcustomer).
- `Project`: [`EngagementCustomerProjectDetails`](#shape-engagementcustomerprojectdetails).
  Information about the customer project associated with the Engagement.]],
    CustomerSummary = [[
<a id="shape-customersummary"></a>

### CustomerSummary

An object that contains a `Customer` object's subset of fields.

- `Account`: [`AccountSummary`](#shape-accountsummary).
  An object that contains a customer's account details.]],
    DeliveryModel = [[
<a id="shape-deliverymodel"></a>

### DeliveryModel

Enum (string): `SaaS or PaaS`, `BYOL or AMI`, `Managed Services`, `Professional Services`, `Resell`, `Other`.]],
    EngagementContextDetails = [[
<a id="shape-engagementcontextdetails"></a>

### EngagementContextDetails

Provides detailed context information for an Engagement. This structure allows for specifying the type of context and its associated payload.

- `Id`: string; pattern `(?s).{1,3}`.
  The unique identifier of the engagement context. This ID is used to reference and manage the specific context within the engagement.
- `Type`: [`EngagementContextType`](#shape-engagementcontexttype) (enum), **required**; one of `CustomerProject`, `Lead`, `ProspectingResult`.
  Specifies the type of Engagement context. Valid values are "CustomerProject" or "Document", indicating whether the context relates to a customer project or a document respectively.
- `Payload`: [`EngagementContextPayload`](#shape-engagementcontextpayload).
  Contains the specific details of the Engagement context. The structure of this payload varies depending on the Type field.]],
    EngagementContextPayload = [[
<a id="shape-engagementcontextpayload"></a>

### EngagementContextPayload

Represents the payload of an Engagement context. The structure of this payload varies based on the context type specified in the EngagementContextDetails.

A union: set exactly one member.

- `CustomerProject`: [`CustomerProjectsContext`](#shape-customerprojectscontext).
  Contains detailed information about a customer project when the context type is "CustomerProject". This field is present only when the Type in EngagementContextDetails is set to "CustomerProject".
- `Lead`: [`LeadContext`](#shape-leadcontext).
  Contains detailed information about a lead when the context type is "Lead". This field is present only when the Type in EngagementContextDetails is set to "Lead".
- `ProspectingResult`: [`ProspectingResult`](#shape-prospectingresult).
  Contains prospecting result data with enriched insights. The system generates these insights when a partner runs an autonomous prospecting job on leads. This field appears only when the context type is "ProspectingResult".]],
    EngagementContextType = [[
<a id="shape-engagementcontexttype"></a>

### EngagementContextType

Enum (string): `CustomerProject`, `Lead`, `ProspectingResult`.]],
    EngagementCustomer = [[
<a id="shape-engagementcustomer"></a>

### EngagementCustomer

Contains details about the customer associated with the Engagement Invitation, including company information and industry.

- `Industry`: [`Industry`](#shape-industry) (enum), **required**; one of 28 values.
  Specifies the industry to which the customer’s company belongs. This field helps categorize the opportunity based on the customer’s business sector.
- `CompanyName`: string, **required**; pattern `(?s).{1,120}`; sensitive (redacted in debug logs).
  Represents the name of the customer’s company associated with the Engagement Invitation. This field is used to identify the customer.
- `WebsiteUrl`: string, **required**; pattern `(?=.{4,255}$)((http|https)://)??(www[.])??([a-zA-Z0-9]|-)+?([.][a-zA-Z0-9(-|/|=|?)??]+?)+?`; sensitive (redacted in debug logs).
  Provides the website URL of the customer’s company. This field helps partners verify the legitimacy and size of the customer organization.
- `CountryCode`: [`CountryCode`](#shape-countrycode) (enum), **required**; one of 249 values; sensitive (redacted in debug logs).
  Indicates the country in which the customer’s company operates. This field is useful for understanding regional requirements or compliance needs.]],
    EngagementCustomerProjectDetails = [[
<a id="shape-engagementcustomerprojectdetails"></a>

### EngagementCustomerProjectDetails

Provides comprehensive details about a customer project associated with an Engagement. This may include information such as project goals, timelines, and specific customer requirements.

- `Title`: string, **required**; pattern `(?s).{1,255}`.
  The title of the project.
- `BusinessProblem`: string, **required**; pattern `(?s).{20,2000}`; sensitive (redacted in debug logs).
  A description of the business problem the project aims to solve.
- `TargetCompletionDate`: string, **required**; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  The target completion date for the customer's project.]],
    EngagementInvitationPayloadType = [[
<a id="shape-engagementinvitationpayloadtype"></a>

### EngagementInvitationPayloadType

Enum (string): `OpportunityInvitation`, `LeadInvitation`.]],
    EngagementInvitationSummary = [[
<a id="shape-engagementinvitationsummary"></a>

### EngagementInvitationSummary

Provides a summarized view of the Engagement Invitation, including details like the identifier, status, and sender. This summary helps partners track and manage AWS originated opportunities.

- `Arn`: string.
  The Amazon Resource Name (ARN) of the Engagement Invitation. The ARN is a unique identifier that allows partners to reference the invitation in their system and manage its lifecycle.
- `PayloadType`: [`EngagementInvitationPayloadType`](#shape-engagementinvitationpayloadtype) (enum); one of `OpportunityInvitation`, `LeadInvitation`.
  Describes the type of payload associated with the Engagement Invitation, such as `Opportunity` or `MarketplaceOffer`. This helps partners understand the nature of the engagement request from AWS.
- `Id`: string, **required**; pattern `(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})`.
  Represents the unique identifier of the Engagement Invitation. This identifier is used to track the invitation and to manage responses like acceptance or rejection.
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The identifier of the Engagement associated with this invitation. This links the invitation to its parent Engagement.
- `EngagementTitle`: string; pattern `(?s).{0,40}`.
  Provides a short title or description of the Engagement Invitation. This title helps partners quickly identify and differentiate between multiple engagement opportunities.
- `Status`: [`InvitationStatus`](#shape-invitationstatus) (enum); one of `ACCEPTED`, `PENDING`, `REJECTED`, `EXPIRED`.
  Represents the current status of the Engagement Invitation, such as `Pending`, `Accepted`, or `Rejected`. The status helps track the progress and response to the invitation.
- `InvitationDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  Indicates the date when the Engagement Invitation was sent to the partner. This provides context for when the opportunity was shared and helps in tracking the timeline for engagement.
- `ExpirationDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  Indicates the date and time when the Engagement Invitation will expire. After this date, the invitation can no longer be accepted, and the opportunity will be unavailable to the partner.
- `SenderAwsAccountId`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  Specifies the AWS account ID of the sender who initiated the Engagement Invitation. This allows the partner to identify the AWS entity or representative responsible for sharing the opportunity.
- `SenderCompanyName`: string; pattern `(?s).{0,120}`.
  Indicates the name of the company or AWS division that sent the Engagement Invitation. This information is useful for partners to know which part of AWS is requesting engagement.
- `Receiver`: [`Receiver`](#shape-receiver).
  Specifies the partner company or individual that received the Engagement Invitation. This field is important for tracking who the invitation was sent to within the partner organization.
- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the Engagement Invitation resides. This can be either the `AWS` or `Sandbox` catalog, indicating whether the opportunity is live or being tested.
- `ParticipantType`: [`ParticipantType`](#shape-participanttype) (enum); one of `SENDER`, `RECEIVER`.
  Identifies the role of the caller in the engagement invitation.]],
    EngagementMember = [[
<a id="shape-engagementmember"></a>

### EngagementMember

Engagement members are the participants in an Engagement, which is likely a collaborative project or business opportunity within the AWS partner network. Members can be different partner organizations or AWS accounts that are working together on a specific engagement.

Each member is represented by their AWS Account ID, Company Name, and associated details. Members have a status within the Engagement (PENDING, ACCEPTED, REJECTED, or WITHDRAWN), indicating their current state of participation. Only existing members of an Engagement can view the list of other members. This implies a level of privacy and access control within the Engagement structure.

- `CompanyName`: string; pattern `(?s).{1,120}`; sensitive (redacted in debug logs).
  The official name of the member's company or organization.
- `WebsiteUrl`: string.
  The URL of the member company's website. This offers a way to find more information about the member organization and serves as an additional identifier.
- `AccountId`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  This is the unique identifier for the AWS account associated with the member organization. It's used for AWS-related operations and identity verification.]],
    EngagementMemberSummary = [[
<a id="shape-engagementmembersummary"></a>

### EngagementMemberSummary

The EngagementMemberSummary provides a snapshot of essential information about participants in an AWS Partner Central Engagement. This compact data structure encapsulates key details of each member, facilitating efficient collaboration and management within the Engagement.

- `CompanyName`: string; pattern `(?s).{1,120}`; sensitive (redacted in debug logs).
  The official name of the member's company or organization.
- `WebsiteUrl`: string.
  The URL of the member company's website. This offers a way to find more information about the member organization and serves as an additional identifier.]],
    EngagementProspectingResult = [[
<a id="shape-engagementprospectingresult"></a>

### EngagementProspectingResult

Contains the result of processing a single engagement within a prospecting task. Each engagement is processed independently, so individual engagements can succeed or fail regardless of other engagements in the same task.

- `EngagementIdentifier`: string, **required**; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the engagement that was processed.
- `EngagementContextId`: string; pattern `ctx-[0-9a-z]{14}`.
  The identifier of the prospecting context created for this engagement. This field is only populated when the engagement was processed successfully (status is `COMPLETED`). Use this identifier to reference the prospecting context in subsequent operations.
- `Status`: [`ProspectingTaskStatus`](#shape-prospectingtaskstatus) (enum), **required**; one of `PENDING`, `IN_PROGRESS`, `COMPLETED`, `FAILED`.
  The processing status of this specific engagement. Possible values are `PENDING`, `IN_PROGRESS`, `COMPLETED`, and `FAILED`.
- `ReasonCode`: string.
  An enumerated code indicating the reason this engagement failed to process. This field is only populated when `Status` is `FAILED`.
- `Message`: string.
  A human-readable description of the failure for this engagement, including suggested recovery steps. This field is only populated when `Status` is `FAILED`.]],
    EngagementResourceAssociationSummary = [[
<a id="shape-engagementresourceassociationsummary"></a>

### EngagementResourceAssociationSummary

This provide a streamlined view of the relationships between engagements and resources. These summaries offer a crucial link between collaborative engagements and the specific resources involved, such as opportunities.These summaries are particularly valuable for partners navigating complex engagements with multiple resources. They enable quick insights into resource distribution across engagements, support efficient resource management, and help maintain a clear overview of collaborative activities.

- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  Indicates the environment in which the resource and engagement exist.
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  A unique identifier for the engagement associated with the resource.
- `ResourceType`: [`ResourceType`](#shape-resourcetype) (enum); one of `Opportunity`.
  Categorizes the type of resource associated with the engagement.
- `ResourceId`: string; pattern `O[0-9]{1,19}`.
  A unique identifier for the specific resource. Varies depending on the resource type.
- `CreatedBy`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  The AWS account ID of the entity that owns the resource. Identifies the account responsible for or having primary control over the resource.]],
    EngagementScore = [[
<a id="shape-engagementscore"></a>

### EngagementScore

Enum (string): `High`, `Medium`, `Low`.]],
    EngagementSort = [[
<a id="shape-engagementsort"></a>

### EngagementSort

Specifies the sorting parameters for listing Engagements.

- `SortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `ASCENDING`, `DESCENDING`.
  The order in which to sort the results.
- `SortBy`: [`EngagementSortName`](#shape-engagementsortname) (enum), **required**; one of `CreatedDate`.
  The field by which to sort the results.]],
    EngagementSortName = [[
<a id="shape-engagementsortname"></a>

### EngagementSortName

Enum (string): `CreatedDate`.]],
    EngagementSummary = [[
<a id="shape-engagementsummary"></a>

### EngagementSummary

An object that contains an `Engagement`'s subset of fields.

- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the created Engagement.
- `Id`: string; pattern `eng-[0-9a-z]{14}`.
  The unique identifier for the Engagement.
- `Title`: string; pattern `(?s).{0,40}`.
  The title of the Engagement.
- `CreatedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The date and time when the Engagement was created.
- `CreatedBy`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  The AWS Account ID of the Engagement creator.
- `MemberCount`: integer.
  The number of members in the Engagement.
- `ModifiedAt`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the engagement was last modified, in ISO 8601 format (UTC). Example: "2023-05-01T20:37:46Z".
- `ModifiedBy`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  The AWS account ID of the user who last modified the engagement. This field helps track who made the most recent changes to the engagement.
- `ContextTypes`: list of [`EngagementContextType`](#shape-engagementcontexttype) (enum), 0–5 entries.
  An array of context types associated with the engagement, such as "CustomerProject" or "Lead". This provides a quick overview of the types of contexts included in the engagement.]],
    EnrichmentContext = [[
<a id="shape-enrichmentcontext"></a>

### EnrichmentContext

Contains enrichment data for engagement invitations. You can view propensity scores, program eligibility, and lead readiness insights directly in the invitation, before you take action on the invitation.

- `ProspectingResultAws`: [`InvitationProspectingResultAws`](#shape-invitationprospectingresultaws).
  The customer account data and propensity insights for the prospected account. It includes geographic, industry, and segment classifications, along with engagement and solution scoring.
- `LeadInsights`: [`LeadInsights`](#shape-leadinsights).
  The AI-generated lead readiness score for this lead. Use this score to assess lead quality and prioritize engagement efforts.]],
    ExpectedContractDuration = [[
<a id="shape-expectedcontractduration"></a>

### ExpectedContractDuration

The expected duration of a partner's contract with the customer. Used to convert Total Contract Value (TCV) to Monthly Recurring Revenue (MRR) for opportunity dealsizing calculations.

- `Term`: [`ExpectedContractDurationTerm`](#shape-expectedcontractdurationterm) (enum), **required**; one of `Months`.
  The unit of measurement for the contract duration value. Currently accepts only `Months`.
- `Value`: string, **required**.
  A String representation of the contract duration as an integer, expressed in the unit defined by `Term`. Valid values range from `1` to `144`.]],
    ExpectedContractDurationTerm = [[
<a id="shape-expectedcontractdurationterm"></a>

### ExpectedContractDurationTerm

The unit of measurement for the contract duration value. Currently accepts only `Months`.

Enum (string): `Months`.]],
    ExpectedCustomerSpend = [[
<a id="shape-expectedcustomerspend"></a>

### ExpectedCustomerSpend

Provides an estimate of the revenue that the partner is expected to generate from the opportunity. This information helps partners assess the financial value of the project.

- `Amount`: string; pattern `((0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?)?`; sensitive (redacted in debug logs).
  Represents the estimated monthly revenue that the partner expects to earn from the opportunity. This helps in forecasting financial returns.
- `CurrencyCode`: [`CurrencyCode`](#shape-currencycode) (enum), **required**; one of 168 values; sensitive (redacted in debug logs).
  Indicates the currency in which the revenue estimate is provided. This helps in understanding the financial impact across different markets. Accepted values are `USD` (US Dollars) and `EUR` (Euros). If the AWS Partition is `aws-eusc` (AWS European Sovereign Cloud), the currency code must be `EUR`.
- `Frequency`: [`PaymentFrequency`](#shape-paymentfrequency) (enum), **required**; one of `Monthly`.
  Indicates how frequently the customer is expected to spend the projected amount. Use `Monthly` for recurring monthly spend (required for `TargetCompany: "AWS"` entries). Use `None` for one-time deal value entries (required for `TargetCompany: "Self"` entries when providing Total Contract Value).
- `TargetCompany`: string, **required**; pattern `(?s).{1,80}`.
  Specifies the entity associated with this spend entry. Use `AWS` for the system’s AWS Monthly Recurring Revenue (MRR) estimate. Use `Self` for the partner’s own deal value entry when providing Total Contract Value (TCV) for automatic MRR conversion. When `ExpectedContractDuration` is present on the Project, only `AWS` and `Self` are accepted. When `ExpectedContractDuration` is not present, only `AWS` is accepted and any other value will be automatically set to `AWS`.
- `EstimationUrl`: string; pattern `https://(calculator\.aws|pricing\.calculator\.aws\.eu)/#/estimate\?id=[a-f0-9]{32,64}`.
  A URL providing additional information or context about the spend estimation.]],
    Industry = [[
<a id="shape-industry"></a>

### Industry

Enum (string): `Aerospace`, `Agriculture`, `Automotive`, `Computers and Electronics`, `Consumer Goods`, `Education`, `Energy - Oil and Gas`, `Energy - Power and Utilities`, `Financial Services`, `Gaming`, `Government`, `Healthcare`, `Hospitality`, `Life Sciences`, `Manufacturing`, `Marketing and Advertising`, `Media and Entertainment`, `Mining`, `Non-Profit Organization`, `Professional Services`, `Real Estate and Construction`, `Retail`, `Software and Internet`, `Telecommunications`, `Transportation and Logistics`, `Travel`, `Wholesale and Distribution`, `Other`.]],
    Invitation = [[
<a id="shape-invitation"></a>

### Invitation

The Invitation structure represents an invitation exchanged between partners and AWS. It includes a message, receiver information, and a payload providing context for the invitation.

- `Message`: string, **required**; pattern `(?s).{1,255}`; sensitive (redacted in debug logs).
  A message accompanying the invitation.
- `Receiver`: [`Receiver`](#shape-receiver), **required**.
- `Payload`: [`Payload`](#shape-payload), **required**.]],
    InvitationProspectingResultAws = [[
<a id="shape-invitationprospectingresultaws"></a>

### InvitationProspectingResultAws

A subset of prospecting result data visible to invitation receivers. It includes customer account details and AI-generated insights.

- `Customer`: [`ProspectingResultCustomer`](#shape-prospectingresultcustomer).
  The prospected customer account details, including geographic classification, industry segmentation, company size, and program eligibility.
- `Insights`: [`ProspectingInsights`](#shape-prospectinginsights).
  The AI-generated insights from the prospecting analysis, including marketplace engagement scoring, solution fit assessments, and solution categorization.]],
    InvitationStatus = [[
<a id="shape-invitationstatus"></a>

### InvitationStatus

Enum (string): `ACCEPTED`, `PENDING`, `REJECTED`, `EXPIRED`.]],
    InvolvementTypeChangeReason = [[
<a id="shape-involvementtypechangereason"></a>

### InvolvementTypeChangeReason

Enum (string): `Expansion Opportunity`, `Change in Deal Information`, `Customer Requested`, `Technical Complexity`, `Risk Mitigation`.]],
    LastModifiedDate = [[
<a id="shape-lastmodifieddate"></a>

### LastModifiedDate

Defines a filter to retrieve opportunities based on the last modified date. This filter is useful for tracking changes or updates to opportunities over time.

- `AfterLastModifiedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  Specifies the date after which the opportunities were modified. Use this filter to retrieve only those opportunities that were modified after a given timestamp.
- `BeforeLastModifiedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  Specifies the date before which the opportunities were modified. Use this filter to retrieve only those opportunities that were modified before a given timestamp.]],
    LeadAddress = [[
<a id="shape-leadaddress"></a>

### LeadAddress

The address information for a lead customer, including city, state or region, postal code, and country code.

- `City`: string; length 0–255 code points.
  The city of the lead customer's address.
- `PostalCode`: string; length 0–20 code points.
  The postal code of the lead customer's address.
- `StateOrRegion`: string; length 0–255 code points.
  The state or region of the lead customer's address.
- `CountryCode`: string; length 0–10 code points; sensitive (redacted in debug logs).
  The country code of the lead customer's address.]],
    LeadContact = [[
<a id="shape-leadcontact"></a>

### LeadContact

An object that contains a lead contact's details associated with the engagement. This provides contact information for individuals involved in lead-related activities.

- `BusinessTitle`: string, **required**; length 0–255 code points; sensitive (redacted in debug logs).
  The lead contact's business title or job role associated with the engagement.
- `Email`: string, **required**; length 1–255 code points; sensitive (redacted in debug logs).
  The lead contact's email address associated with the engagement.
- `FirstName`: string, **required**; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  The lead contact's first name associated with the engagement.
- `LastName`: string, **required**; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  The lead contact's last name associated with the engagement.
- `Phone`: string; length 0–255 code points; sensitive (redacted in debug logs).
  The lead contact's phone number associated with the engagement.]],
    LeadContext = [[
<a id="shape-leadcontext"></a>

### LeadContext

Provides comprehensive details about a lead associated with an engagement. This structure contains information about lead qualification status, customer details, and interaction history to facilitate lead management and tracking within the engagement.

- `Insights`: [`LeadInsights`](#shape-leadinsights).
  Insights that AI generates and associates with the lead. These insights provide automated analysis such as lead readiness scoring to help partners assess the lead quality.
- `QualificationStatus`: string; pattern `(?s).{1,255}`.
  Indicates the current qualification status of the lead, such as whether it has been qualified, disqualified, or is still under evaluation. This helps track the lead's progression through the qualification process.
- `Customer`: [`LeadCustomer`](#shape-leadcustomer), **required**.
  Contains detailed information about the customer associated with the lead, including company information, contact details, and other relevant customer data.
- `Interactions`: list of [`LeadInteraction`](#shape-leadinteraction), 1–10 entries, **required**.
  An array of interactions that have occurred with the lead, providing a history of communications, meetings, and other engagement activities related to the lead.]],
    LeadCustomer = [[
<a id="shape-leadcustomer"></a>

### LeadCustomer

Contains detailed information about the customer associated with the lead, including company details, industry classification, and AWS maturity level. This information helps qualify and categorize the lead for appropriate engagement strategies.

- `Industry`: string; length 0–255 code points.
  Specifies the industry sector to which the lead customer's company belongs. This categorization helps in understanding the customer's business context and tailoring appropriate solutions.
- `CompanyName`: string, **required**; pattern `(?s).{1,120}`; sensitive (redacted in debug logs).
  The name of the lead customer's company. This field is essential for identifying and tracking the customer organization associated with the lead.
- `WebsiteUrl`: string; length 0–255 code points; sensitive (redacted in debug logs).
  The website URL of the lead customer's company. This provides additional context about the customer organization and helps verify company legitimacy and size.
- `Address`: [`LeadAddress`](#shape-leadaddress).
  The address information for the lead customer.
- `AwsMaturity`: string; length 0–255 code points.
  Indicates the customer's level of experience and adoption with AWS services. This assessment helps determine the appropriate engagement approach and solution complexity.
- `MarketSegment`: string; length 0–255 code points.
  Specifies the market segment classification of the lead customer, such as enterprise, mid-market, or small business. This segmentation helps in targeting appropriate solutions and engagement strategies.]],
    LeadInsights = [[
<a id="shape-leadinsights"></a>

### LeadInsights

Contains insights that AI generates for a lead. These insights provide automated analysis to help partners evaluate the lead quality and prioritize engagement efforts.

- `LeadReadinessScore`: string.
  A score that indicates the lead's readiness for engagement. Valid values are `Low`, `Medium`, and `High`. Use this score to prioritize leads based on their likelihood of conversion.]],
    LeadInteraction = [[
<a id="shape-leadinteraction"></a>

### LeadInteraction

Represents a specific interaction or touchpoint with a lead customer. This structure captures details about communications, meetings, or other engagement activities that help track the lead's progression and engagement history.

- `SourceType`: string; pattern `(?s).{0,255}`.
  Specifies the type of source that generated the lead interaction, such as "Event", "Website", "Referral", or "Campaign". This categorization helps track lead generation effectiveness across different channels.
- `SourceId`: string; pattern `(?s).{0,255}`.
  The unique identifier of the specific source that generated the lead interaction. This ID provides traceability back to the original lead generation activity.
- `SourceName`: string; pattern `(?s).{0,255}`.
  The descriptive name of the source that generated the lead interaction, providing a human-readable identifier for the lead generation channel or activity.
- `Usecase`: string; length 0–255 code points.
  Describes the specific use case or business scenario discussed during the lead interaction. This helps categorize the customer's interests and potential solutions.
- `InteractionDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The date and time when the lead interaction occurred, in ISO 8601 format (UTC). This timestamp helps track the chronology of lead engagement activities.
- `CustomerAction`: string; length 0–255 code points.
  Describes the action taken by the customer during or as a result of the interaction, such as requesting information, scheduling a meeting, or expressing interest in a solution.
- `BusinessProblem`: string; length 0–2000 code points; sensitive (redacted in debug logs).
  Describes the business problem or challenge that the customer discussed during the interaction. This information helps qualify the lead and identify appropriate solutions.
- `Contact`: [`LeadContact`](#shape-leadcontact), **required**.
  Contains contact information for the customer representative involved in the lead interaction, including their name, title, and contact details.]],
    LeadInvitationCustomer = [[
<a id="shape-leadinvitationcustomer"></a>

### LeadInvitationCustomer

Contains customer information included in a lead invitation payload. This structure provides essential details about the customer to help partners evaluate the lead opportunity and determine their interest in engagement.

- `Industry`: string; length 0–255 code points.
  Specifies the industry sector of the customer company associated with the lead invitation. This categorization helps partners understand the customer's business context and assess solution fit.
- `CompanyName`: string, **required**; pattern `(?s).{1,120}`; sensitive (redacted in debug logs).
  The name of the customer company associated with the lead invitation. This field identifies the target organization for the lead engagement opportunity.
- `WebsiteUrl`: string; length 0–255 code points; sensitive (redacted in debug logs).
  The website URL of the customer company. This provides additional context about the customer organization and helps partners verify company details and assess business size and legitimacy.
- `CountryCode`: string; length 0–10 code points; sensitive (redacted in debug logs).
  The country code indicating the geographic location of the customer company. This information helps partners understand regional requirements and assess their ability to serve the customer effectively.
- `AwsMaturity`: string; length 0–255 code points.
  Indicates the customer's level of experience and adoption with AWS services. This assessment helps partners understand the customer's cloud maturity and tailor their engagement approach accordingly.
- `MarketSegment`: string; length 0–255 code points.
  Specifies the market segment classification of the customer, such as enterprise, mid-market, or small business. This segmentation helps partners determine the appropriate solution complexity and engagement strategy.]],
    LeadInvitationInteraction = [[
<a id="shape-leadinvitationinteraction"></a>

### LeadInvitationInteraction

Represents interaction details included in a lead invitation payload. This structure provides context about how the lead was generated and the customer's engagement history to help partners assess the opportunity quality.

- `SourceType`: string; pattern `(?s).{0,255}`.
  Specifies the type of source that generated the lead interaction, such as "Event", "Website", or "Campaign". This helps partners understand the lead generation channel and assess lead quality based on the source type.
- `SourceId`: string; pattern `(?s).{0,255}`.
  The unique identifier of the specific source that generated the lead interaction. This provides traceability to the original lead generation activity for reference and follow-up purposes.
- `SourceName`: string; pattern `(?s).{0,255}`.
  The descriptive name of the source that generated the lead interaction. This human-readable identifier helps partners understand the specific lead generation channel or campaign that created the opportunity.
- `Usecase`: string; length 0–255 code points.
  Describes the specific use case or business scenario associated with the lead interaction. This information helps partners understand the customer's interests and potential solution requirements.
- `ContactBusinessTitle`: string, **required**; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  The business title or job role of the customer contact involved in the lead interaction. This helps partners identify the decision-making level and engagement approach for the lead.]],
    LeadInvitationPayload = [[
<a id="shape-leadinvitationpayload"></a>

### LeadInvitationPayload

Represents the data payload of an engagement invitation for a lead opportunity. This contains detailed information about the customer and interaction history that partners use to evaluate whether to accept the lead engagement invitation.

- `Customer`: [`LeadInvitationCustomer`](#shape-leadinvitationcustomer), **required**.
  Contains information about the customer associated with the lead invitation. This data helps partners understand the customer's profile, industry, and business context to assess the lead opportunity.
- `Interaction`: [`LeadInvitationInteraction`](#shape-leadinvitationinteraction), **required**.
  Describes the interaction details associated with the lead, including the source of the lead generation and customer engagement information. This context helps partners evaluate the lead quality and engagement approach.]],
    LifeCycle = [[
<a id="shape-lifecycle"></a>

### LifeCycle

An object that contains the `Opportunity` lifecycle's details.

- `Stage`: [`Stage`](#shape-stage) (enum); one of `Prospect`, `Qualified`, `Technical Validation`, `Business Validation`, `Committed`, `Launched`, `Closed Lost`.
  Specifies the current stage of the `Opportunity`'s lifecycle as it maps to Amazon Web Services stages from the current stage in the partner CRM. This field provides a translated value of the stage, and offers insight into the `Opportunity`'s progression in the sales cycle, according to Amazon Web Services definitions.

  > **Note:** A lead and a prospect must be further matured to a `Qualified` opportunity before submission. Opportunities that were closed/lost before submission aren't suitable for submission.

  The descriptions of each sales stage are:

  - Prospect: Amazon Web Services identifies the opportunity. It can be active (Comes directly from the end customer through a lead) or latent (Your account team believes it exists based on research, account plans, sales plays).
  - Qualified: Your account team engaged with the customer to discuss viability and requirements. The customer agreed that the opportunity is real, of interest, and may solve business/technical needs.
  - Technical Validation: All parties understand the implementation plan.
  - Business Validation: Pricing was proposed, and all parties agree to the steps to close.
  - Committed: The customer signed the contract, but Amazon Web Services hasn't started billing.
  - Launched: The workload is complete, and Amazon Web Services has started billing.
  - Closed Lost: The opportunity is lost, and there are no steps to move forward.
- `ClosedLostReason`: [`ClosedLostReason`](#shape-closedlostreason) (enum); one of 19 values.
  Specifies the reason code when an opportunity is marked as *Closed Lost*. When you select an appropriate reason code, you communicate the context for closing the `Opportunity`, and aid in accurate reports and analysis of opportunity outcomes. The possible values are:

  - Customer Deficiency: The customer lacked necessary resources or capabilities.
  - Delay/Cancellation of Project: The project was delayed or canceled.
  - Legal/Tax/Regulatory: Legal, tax, or regulatory issues prevented progress.
  - Lost to Competitor—Google: The opportunity was lost to Google.
  - Lost to Competitor—Microsoft: The opportunity was lost to Microsoft.
  - Lost to Competitor—SoftLayer: The opportunity was lost to SoftLayer.
  - Lost to Competitor—VMWare: The opportunity was lost to VMWare.
  - Lost to Competitor—Other: The opportunity was lost to a competitor not listed above.
  - No Opportunity: There was no opportunity to pursue.
  - On Premises Deployment: The customer chose an on-premises solution.
  - Partner Gap: The partner lacked necessary resources or capabilities.
  - Price: The price was not competitive or acceptable to the customer.
  - Security/Compliance: Security or compliance issues prevented progress.
  - Technical Limitations: Technical limitations prevented progress.
  - Customer Experience: Issues related to the customer's experience impacted the decision.
  - Other: Any reason not covered by the other values.
  - People/Relationship/Governance: Issues related to people, relationships, or governance.
  - Product/Technology: Issues related to the product or technology.
  - Financial/Commercial: Financial or commercial issues impacted the decision.
- `NextSteps`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Specifies the upcoming actions or tasks for the `Opportunity`. Use this field to communicate with Amazon Web Services about the next actions required for the `Opportunity`.
- `TargetCloseDate`: string; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  Specifies the date when Amazon Web Services expects to start significant billing, when the project finishes, and when it moves into production. This field informs the Amazon Web Services seller about when the opportunity launches and starts to incur Amazon Web Services usage.

  Ensure the `Target Close Date` isn't in the past.
- `ReviewStatus`: [`ReviewStatus`](#shape-reviewstatus) (enum); one of `Pending Submission`, `Submitted`, `In review`, `Approved`, `Rejected`, `Action Required`.
  Indicates the review status of an opportunity referred by a partner. This field is read-only and only applicable for partner referrals. The possible values are:

  - Pending Submission: Not submitted for validation (editable).
  - Submitted: Submitted for validation, and Amazon Web Services hasn't reviewed it (read-only).
  - In Review: Amazon Web Services is validating (read-only).
  - Action Required: Issues that Amazon Web Services highlights need to be addressed. Partners should use the `UpdateOpportunity` API action to update the opportunity and helps to ensure that all required changes are made. Only the following fields are editable when the `Lifecycle.ReviewStatus` is `Action Required`:

    - Customer.Account.Address.City
    - Customer.Account.Address.CountryCode
    - Customer.Account.Address.PostalCode
    - Customer.Account.Address.StateOrRegion
    - Customer.Account.Address.StreetAddress
    - Customer.Account.WebsiteUrl
    - LifeCycle.TargetCloseDate
    - Project.ExpectedMonthlyAWSRevenue.Amount
    - Project.ExpectedMonthlyAWSRevenue.CurrencyCode
    - Project.CustomerBusinessProblem
    - PartnerOpportunityIdentifier

    After updates, the opportunity re-enters the validation phase. This process repeats until all issues are resolved, and the opportunity's `Lifecycle.ReviewStatus` is set to `Approved` or `Rejected`.
  - Approved: Validated and converted into the Amazon Web Services seller's pipeline (editable).
  - Rejected: Disqualified (read-only).
- `ReviewComments`: string.
  Contains detailed feedback from Amazon Web Services when requesting additional information from partners. Provides specific guidance on what partners need to provide or clarify for opportunity validation, complementing the `ReviewStatusReason` field.
- `ReviewStatusReason`: string.
  Code indicating the validation decision during the Amazon Web Services opportunity review. Applies when status is `Rejected` or `Action Required`. Used to document validation results for AWS Partner Referrals and indicate when additional information is needed from partners as part of the APN Customer Engagement (ACE) program.
- `NextStepsHistory`: list of [`NextStepsHistory`](#shape-nextstepshistory), 0–50 entries.
  Captures a chronological record of the next steps or actions planned or taken for the current opportunity, along with the timestamp.]],
    LifeCycleForView = [[
<a id="shape-lifecycleforview"></a>

### LifeCycleForView

Provides the lifecycle view of an opportunity resource shared through a snapshot.

- `TargetCloseDate`: string; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  The projected launch date of the opportunity shared through a snapshot.
- `ReviewStatus`: [`ReviewStatus`](#shape-reviewstatus) (enum); one of `Pending Submission`, `Submitted`, `In review`, `Approved`, `Rejected`, `Action Required`.
  Defines the approval status of the opportunity shared through a snapshot.
- `Stage`: [`Stage`](#shape-stage) (enum); one of `Prospect`, `Qualified`, `Technical Validation`, `Business Validation`, `Committed`, `Launched`, `Closed Lost`.
  Defines the current stage of the opportunity shared through a snapshot.
- `NextSteps`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Describes the next steps for the opportunity shared through a snapshot.]],
    LifeCycleSummary = [[
<a id="shape-lifecyclesummary"></a>

### LifeCycleSummary

An object that contains a `LifeCycle` object's subset of fields.

- `Stage`: [`Stage`](#shape-stage) (enum); one of `Prospect`, `Qualified`, `Technical Validation`, `Business Validation`, `Committed`, `Launched`, `Closed Lost`.
  Specifies the current stage of the `Opportunity`'s lifecycle as it maps to Amazon Web Services stages from the current stage in the partner CRM. This field provides a translated value of the stage, and offers insight into the `Opportunity`'s progression in the sales cycle, according to Amazon Web Services definitions.

  > **Note:** A lead and a prospect must be further matured to a `Qualified` opportunity before submission. Opportunities that were closed/lost before submission aren't suitable for submission.

  The descriptions of each sales stage are:

  - Prospect: Amazon Web Services identifies the opportunity. It can be active (Comes directly from the end customer through a lead) or latent (Your account team believes it exists based on research, account plans, sales plays).
  - Qualified: Your account team engaged with the customer to discuss viability and understand requirements. The customer agreed that the opportunity is real, of interest, and may solve business/technical needs.
  - Technical Validation: All parties understand the implementation plan.
  - Business Validation: Pricing was proposed, and all parties agree to the steps to close.
  - Committed: The customer signed the contract, but Amazon Web Services hasn't started billing.
  - Launched: The workload is complete, and Amazon Web Services has started billing.
  - Closed Lost: The opportunity is lost, and there are no steps to move forward.
- `ClosedLostReason`: [`ClosedLostReason`](#shape-closedlostreason) (enum); one of 19 values.
  Specifies the reason code when an opportunity is marked as *Closed Lost*. When you select an appropriate reason code, you communicate the context for closing the `Opportunity`, and aid in accurate reports and analysis of opportunity outcomes.
- `NextSteps`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Specifies the upcoming actions or tasks for the `Opportunity`. This field is utilized to communicate to Amazon Web Services the next actions required for the `Opportunity`.
- `TargetCloseDate`: string; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  Specifies the date when Amazon Web Services expects to start significant billing, when the project finishes, and when it moves into production. This field informs the Amazon Web Services seller about when the opportunity launches and starts to incur Amazon Web Services usage.

  Ensure the `Target Close Date` isn't in the past.
- `ReviewStatus`: [`ReviewStatus`](#shape-reviewstatus) (enum); one of `Pending Submission`, `Submitted`, `In review`, `Approved`, `Rejected`, `Action Required`.
  Indicates the review status of a partner referred opportunity. This field is read-only and only applicable for partner referrals. Valid values:

  - Pending Submission: Not submitted for validation (editable).
  - Submitted: Submitted for validation and not yet Amazon Web Services reviewed (read-only).
  - In Review: Undergoing Amazon Web Services validation (read-only).
  - Action Required: Address any issues Amazon Web Services highlights. Use the `UpdateOpportunity` API action to update the opportunity, and ensure you make all required changes. Only these fields are editable when the `Lifecycle.ReviewStatus` is `Action Required`:

    - Customer.Account.Address.City
    - Customer.Account.Address.CountryCode
    - Customer.Account.Address.PostalCode
    - Customer.Account.Address.StateOrRegion
    - Customer.Account.Address.StreetAddress
    - Customer.Account.WebsiteUrl
    - LifeCycle.TargetCloseDate
    - Project.ExpectedCustomerSpend.Amount
    - Project.ExpectedCustomerSpend.CurrencyCode
    - Project.CustomerBusinessProblem
    - PartnerOpportunityIdentifier

    After updates, the opportunity re-enters the validation phase. This process repeats until all issues are resolved, and the opportunity's `Lifecycle.ReviewStatus` is set to `Approved` or `Rejected`.
  - Approved: Validated and converted into the Amazon Web Services seller's pipeline (editable).
  - Rejected: Disqualified (read-only).
- `ReviewComments`: string.
  Indicates why an opportunity was sent back for further details. Partners must take corrective action based on the `ReviewComments`.
- `ReviewStatusReason`: string.
  Indicates the reason a specific decision was taken during the opportunity review process. This field combines the reasons for both disqualified and action required statuses, and provides clarity for why an opportunity was disqualified or required further action.]],
    ListEngagementByAcceptingInvitationTaskSummary = [[
<a id="shape-listengagementbyacceptinginvitationtasksummary"></a>

### ListEngagementByAcceptingInvitationTaskSummary

Specifies a subset of fields associated with tasks related to accepting an engagement invitation.

- `TaskId`: string; pattern `.*task-[0-9a-z]{13}`.
  Unique identifier of the task.
- `TaskArn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) that uniquely identifies the task.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  Task start timestamp.
- `TaskStatus`: [`TaskStatus`](#shape-taskstatus) (enum); one of `IN_PROGRESS`, `COMPLETE`, `FAILED`.
  Status of the task.
- `Message`: string.
  Detailed message describing the failure and possible recovery steps.
- `ReasonCode`: [`ReasonCode`](#shape-reasoncode) (enum); one of 22 values.
  A code pointing to the specific reason for the failure.
- `OpportunityId`: string; pattern `O[0-9]{1,19}`.
  Unique identifier of opportunity that was created.
- `ResourceSnapshotJobId`: string; pattern `job-[0-9a-z]{13}`.
  Unique identifier of the resource snapshot job that was created.
- `EngagementInvitationId`: string; pattern `engi-[0-9,a-z]{13}`.
  The unique identifier of the engagement invitation that was accepted.]],
    ListEngagementFromOpportunityTaskSummary = [[
<a id="shape-listengagementfromopportunitytasksummary"></a>

### ListEngagementFromOpportunityTaskSummary

Provides a summary of a task related to creating an engagement from an opportunity. This structure contains key information about the task's status, associated identifiers, and any failure details.

- `TaskId`: string; pattern `.*task-[0-9a-z]{13}`.
  A unique identifier for a specific task.
- `TaskArn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) uniquely identifying this task within AWS. This ARN can be used for referencing the task in other AWS services or APIs.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the task was initiated, in RFC 3339 5.6 date-time format.
- `TaskStatus`: [`TaskStatus`](#shape-taskstatus) (enum); one of `IN_PROGRESS`, `COMPLETE`, `FAILED`.
  The current status of the task.
- `Message`: string.
  A detailed message providing additional information about the task, especially useful in case of failures. This field may contain error details or other relevant information about the task's execution
- `ReasonCode`: [`ReasonCode`](#shape-reasoncode) (enum); one of 22 values.
  A code indicating the specific reason for a task failure. This field is populated when the task status is FAILED and provides a categorized reason for the failure.
- `OpportunityId`: string; pattern `O[0-9]{1,19}`.
  The unique identifier of the original Opportunity from which the Engagement is being created. This field helps track the source of the Engagement creation task.
- `ResourceSnapshotJobId`: string; pattern `job-[0-9a-z]{13}`.
  The identifier of the resource snapshot job associated with this task, if a snapshot was created as part of the Engagement creation process.
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the engagement created as a result of the task. This field is populated when the task is completed successfully.
- `EngagementInvitationId`: string; pattern `engi-[0-9,a-z]{13}`.
  The unique identifier of the Engagement Invitation.]],
    ListOpportunityFromEngagementTaskSummary = [[
<a id="shape-listopportunityfromengagementtasksummary"></a>

### ListOpportunityFromEngagementTaskSummary

Provides a summary of a task related to creating an opportunity from an engagement. This structure contains key information about the task's status, associated identifiers, and any failure details for opportunity creation processes.

- `TaskId`: string; pattern `.*task-[0-9a-z]{13}`.
  The unique identifier of the task for creating an opportunity from an engagement.
- `TaskArn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) that uniquely identifies the task within AWS. This ARN can be used for referencing the task in other AWS services or APIs.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the task was initiated, in RFC 3339 format.
- `TaskStatus`: [`TaskStatus`](#shape-taskstatus) (enum); one of `IN_PROGRESS`, `COMPLETE`, `FAILED`.
  The current status of the task. Valid values are COMPLETE, INPROGRESS, or FAILED.
- `Message`: string.
  A detailed message providing additional information about the task, especially useful in case of failures. This field may contain error details or other relevant information about the task's execution.
- `ReasonCode`: [`ReasonCode`](#shape-reasoncode) (enum); one of 22 values.
  A code indicating the specific reason for a task failure. This field is populated when the task status is FAILED and provides a categorized reason for the failure.
- `OpportunityId`: string; pattern `O[0-9]{1,19}`.
  The unique identifier of the opportunity created as a result of the task. This field is populated when the task is completed successfully.
- `ResourceSnapshotJobId`: string; pattern `job-[0-9a-z]{13}`.
  The identifier of the resource snapshot job associated with this task, if a snapshot was created as part of the opportunity creation process.
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the engagement from which the opportunity is being created. This field helps track the source of the opportunity creation task.
- `ContextId`: string; pattern `[1-9][0-9]*`.
  The unique identifier of the engagement context associated with the opportunity creation task. This links the task to specific contextual information within the engagement.]],
    ListTasksSortBase = [[
<a id="shape-listtaskssortbase"></a>

### ListTasksSortBase

Defines the sorting parameters for listing tasks. This structure allows for specifying the field to sort by and the order of sorting.

- `SortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `ASCENDING`, `DESCENDING`.
  Determines the order in which the sorted results are presented.
- `SortBy`: [`ListTasksSortName`](#shape-listtaskssortname) (enum), **required**; one of `StartTime`.
  Specifies the field by which the task list should be sorted.]],
    ListTasksSortName = [[
<a id="shape-listtaskssortname"></a>

### ListTasksSortName

Enum (string): `StartTime`.]],
    Marketing = [[
<a id="shape-marketing"></a>

### Marketing

An object that contains marketing details for the `Opportunity`.

- `CampaignName`: string.
  Specifies the `Opportunity` marketing campaign code. The Amazon Web Services campaign code is a reference to specific marketing initiatives, promotions, or activities. This field captures the identifier used to track and categorize the `Opportunity` within marketing campaigns. If you don't have a campaign code, contact your Amazon Web Services point of contact to obtain one.
- `Source`: [`MarketingSource`](#shape-marketingsource) (enum); one of `Marketing Activity`, `None`.
  Indicates if the `Opportunity` was sourced from an Amazon Web Services marketing activity. Use the value `Marketing Activity`. Use `None` if it's not associated with an Amazon Web Services marketing activity. This field helps Amazon Web Services track the return on marketing investments and enables better distribution of marketing budgets among partners.
- `UseCases`: list of string.
  Specifies the marketing activity use case or purpose that led to the `Opportunity`'s creation or contact. This field captures the context or marketing activity's execution's intention and the direct correlation to the generated opportunity or contact. Must be empty when `Marketing.AWSFundingUsed = No`.

  Valid values: `AI/ML | Analytics | Application Integration | Blockchain | Business Applications | Cloud Financial Management | Compute | Containers | Customer Engagement | Databases | Developer Tools | End User Computing | Front End Web & Mobile | Game Tech | IoT | Management & Governance | Media Services | Migration & Transfer | Networking & Content Delivery | Quantum Technologies | Robotics | Satellite | Security | Serverless | Storage | VR & AR`
- `Channels`: list of [`Channel`](#shape-channel) (enum).
  Specifies the `Opportunity`'s channel that the marketing activity is associated with or was contacted through. This field provides information about the specific marketing channel that contributed to the generation of the lead or contact.
- `AwsFundingUsed`: [`AwsFundingUsed`](#shape-awsfundingused) (enum); one of `Yes`, `No`.
  Indicates if the `Opportunity` is a marketing development fund (MDF) funded activity.]],
    MarketingSource = [[
<a id="shape-marketingsource"></a>

### MarketingSource

Enum (string): `Marketing Activity`, `None`.]],
    MonetaryValue = [[
<a id="shape-monetaryvalue"></a>

### MonetaryValue

Specifies payments details.

- `Amount`: string, **required**; pattern `(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?`.
  Specifies the payment amount.
- `CurrencyCode`: [`CurrencyCode`](#shape-currencycode) (enum), **required**; one of 168 values; sensitive (redacted in debug logs).
  Specifies the payment currency. Accepted values are `USD` (US Dollars) and `EUR` (Euros). If the AWS Partition is `aws-eusc` (AWS European Sovereign Cloud), the currency code must be `EUR`.]],
    NationalSecurity = [[
<a id="shape-nationalsecurity"></a>

### NationalSecurity

Enum (string): `Yes`, `No`.]],
    NextStepsHistory = [[
<a id="shape-nextstepshistory"></a>

### NextStepsHistory

Read-only; shows the last 50 values and change dates for the `NextSteps` field.

- `Value`: string, **required**.
  Indicates the step's execution details.
- `Time`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  Indicates the step execution time.]],
    OpportunityEngagementInvitationSort = [[
<a id="shape-opportunityengagementinvitationsort"></a>

### OpportunityEngagementInvitationSort

Defines sorting options for retrieving Engagement Invitations. Sorting can be done based on various criteria like the invitation date or status.

- `SortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `ASCENDING`, `DESCENDING`.
  Defines the order in which the Engagement Invitations are sorted. The values can be `ASC` (ascending) or `DESC` (descending).
- `SortBy`: [`OpportunityEngagementInvitationSortName`](#shape-opportunityengagementinvitationsortname) (enum), **required**; one of `InvitationDate`.
  Specifies the field by which the Engagement Invitations are sorted. Common values include `InvitationDate` and `Status`.]],
    OpportunityEngagementInvitationSortName = [[
<a id="shape-opportunityengagementinvitationsortname"></a>

### OpportunityEngagementInvitationSortName

Enum (string): `InvitationDate`.]],
    OpportunityInvitationPayload = [[
<a id="shape-opportunityinvitationpayload"></a>

### OpportunityInvitationPayload

Represents the data payload of an Engagement Invitation for a specific opportunity. This contains detailed information that partners use to evaluate the engagement.

- `SenderContacts`: list of [`SenderContact`](#shape-sendercontact), 1–3 entries.
  Represents the contact details of the AWS representatives involved in sending the Engagement Invitation. These contacts are opportunity stakeholders.
- `ReceiverResponsibilities`: list of [`ReceiverResponsibility`](#shape-receiverresponsibility) (enum), **required**.
  Outlines the responsibilities or expectations of the receiver in the context of the invitation.
- `Customer`: [`EngagementCustomer`](#shape-engagementcustomer), **required**.
  Contains information about the customer related to the opportunity in the Engagement Invitation. This data helps partners understand the customer’s profile and requirements.
- `Project`: [`ProjectDetails`](#shape-projectdetails), **required**.
  Describes the project details associated with the opportunity, including the customer’s needs and the scope of work expected to be performed.]],
    OpportunityOrigin = [[
<a id="shape-opportunityorigin"></a>

### OpportunityOrigin

Enum (string): `AWS Referral`, `Partner Referral`.]],
    OpportunityQuality = [[
<a id="shape-opportunityquality"></a>

### OpportunityQuality

Opportunity quality score and trend.

- `Score`: integer; range 0–100.
  Deal quality score based on opportunity content completeness and sales methodology criteria. Values range from 0 to 100.
- `Trend`: string.
  Direction of score change since last scoring iteration. Known values: `Improving`, `Declining`, `No Change`.]],
    OpportunitySort = [[
<a id="shape-opportunitysort"></a>

### OpportunitySort

Object that configures response sorting.

- `SortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `ASCENDING`, `DESCENDING`.
  Sort order.

  Default: `Descending`
- `SortBy`: [`OpportunitySortName`](#shape-opportunitysortname) (enum), **required**; one of `LastModifiedDate`, `Identifier`, `CustomerCompanyName`, `CreatedDate`, `TargetCloseDate`.
  Field name to sort by.]],
    OpportunitySortName = [[
<a id="shape-opportunitysortname"></a>

### OpportunitySortName

Enum (string): `LastModifiedDate`, `Identifier`, `CustomerCompanyName`, `CreatedDate`, `TargetCloseDate`.]],
    OpportunitySummary = [[
<a id="shape-opportunitysummary"></a>

### OpportunitySummary

An object that contains an `Opportunity`'s subset of fields.

- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog associated with the opportunity, either `AWS` or `Sandbox`. This indicates the environment in which the opportunity is managed.
- `Id`: string; pattern `O[0-9]{1,19}`.
  Read-only, system-generated `Opportunity` unique identifier.
- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) for the opportunity. This globally unique identifier can be used for IAM policies and cross-service references.
- `PartnerOpportunityIdentifier`: string.
  Specifies the `Opportunity`'s unique identifier in the partner's CRM system. This value is essential to track and reconcile because it's included in the outbound payload sent back to the partner. It allows partners to link an opportunity to their CRM.
- `OpportunityType`: [`OpportunityType`](#shape-opportunitytype) (enum); one of `Net New Business`, `Flat Renewal`, `Expansion`.
  Specifies opportunity type as a renewal, new, or expansion.

  Opportunity types:

  - New Opportunity: Represents a new business opportunity with a potential customer that's not previously engaged with your solutions or services.
  - Renewal Opportunity: Represents an opportunity to renew an existing contract or subscription with a current customer, ensuring continuity of service.
  - Expansion Opportunity: Represents an opportunity to expand the scope of an existing contract or subscription, either by adding new services or increasing the volume of existing services for a current customer.
- `LastModifiedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  `DateTime` when the `Opportunity` was last modified.
- `CreatedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  `DateTime` when the `Opportunity` was last created.
- `LifeCycle`: [`LifeCycleSummary`](#shape-lifecyclesummary).
  An object that contains the `Opportunity`'s lifecycle details.
- `Customer`: [`CustomerSummary`](#shape-customersummary).
  An object that contains the `Opportunity`'s customer details.
- `Project`: [`ProjectSummary`](#shape-projectsummary).
  An object that contains the `Opportunity`'s project details summary.]],
    OpportunitySummaryView = [[
<a id="shape-opportunitysummaryview"></a>

### OpportunitySummaryView

Provides a comprehensive view of an opportunity summary, including lifecycle information, team details, opportunity type, primary needs from AWS, and associated project information.

- `OpportunityType`: [`OpportunityType`](#shape-opportunitytype) (enum); one of `Net New Business`, `Flat Renewal`, `Expansion`.
  Specifies the opportunity type.
- `Lifecycle`: [`LifeCycleForView`](#shape-lifecycleforview).
  Contains information about the opportunity's lifecycle, including its current stage, status, and important dates such as creation and last modification times.
- `OpportunityTeam`: list of [`Contact`](#shape-contact), 0–10 entries.
  Represents the internal team handling the opportunity. Specify the members involved in collaborating on an opportunity within the partner's organization.
- `PrimaryNeedsFromAws`: list of [`PrimaryNeedFromAws`](#shape-primaryneedfromaws) (enum).
  Identifies the type of support the partner needs from AWS.
- `Customer`: [`Customer`](#shape-customer).
- `Project`: [`ProjectView`](#shape-projectview).
  Contains summary information about the project associated with the opportunity, including project name, description, timeline, and other relevant details.
- `RelatedEntityIdentifiers`: [`RelatedEntityIdentifiers`](#shape-relatedentityidentifiers).]],
    OpportunityType = [[
<a id="shape-opportunitytype"></a>

### OpportunityType

Enum (string): `Net New Business`, `Flat Renewal`, `Expansion`.]],
    ParticipantType = [[
<a id="shape-participanttype"></a>

### ParticipantType

Enum (string): `SENDER`, `RECEIVER`.]],
    Payload = [[
<a id="shape-payload"></a>

### Payload

Contains the data payload associated with the Engagement Invitation. This payload includes essential details related to the AWS opportunity and is used by partners to evaluate whether to accept or reject the engagement.

A union: set exactly one member.

- `OpportunityInvitation`: [`OpportunityInvitationPayload`](#shape-opportunityinvitationpayload).
  Specifies the details of the opportunity invitation within the Engagement Invitation payload. This data helps partners understand the context, scope, and expected involvement for the opportunity from AWS.
- `LeadInvitation`: [`LeadInvitationPayload`](#shape-leadinvitationpayload).
  Specifies the details of the lead invitation within the Engagement Invitation payload. This data helps partners understand the lead context, customer information, and interaction history for the lead opportunity from AWS.]],
    PaymentFrequency = [[
<a id="shape-paymentfrequency"></a>

### PaymentFrequency

Enum (string): `Monthly`.]],
    PrimaryNeedFromAws = [[
<a id="shape-primaryneedfromaws"></a>

### PrimaryNeedFromAws

Enum (string): `Co-Sell - Architectural Validation`, `Co-Sell - Business Presentation`, `Co-Sell - Competitive Information`, `Co-Sell - Pricing Assistance`, `Co-Sell - Technical Consultation`, `Co-Sell - Total Cost of Ownership Evaluation`, `Co-Sell - Deal Support`, `Co-Sell - Support for Public Tender / RFx`.]],
    ProfileNextStepsHistory = [[
<a id="shape-profilenextstepshistory"></a>

### ProfileNextStepsHistory

Tracks the history of next steps associated with the opportunity. This field captures the actions planned for the future and their timeline.

- `Value`: string, **required**.
  Represents the details of the next step recorded, such as follow-up actions or decisions made. This field helps in tracking progress and ensuring alignment with project goals.
- `Time`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  Indicates the date and time when a particular next step was recorded or planned. This helps in managing the timeline for the opportunity.]],
    Project = [[
<a id="shape-project"></a>

### Project

An object that contains the `Opportunity`'s project details.

- `DeliveryModels`: list of [`DeliveryModel`](#shape-deliverymodel) (enum).
  Specifies the deployment or consumption model for your solution or service in the `Opportunity`'s context. You can select multiple options.

  Options' descriptions from the `Delivery Model` field are:

  - SaaS or PaaS: Your Amazon Web Services based solution deployed as SaaS or PaaS in your Amazon Web Services environment.
  - BYOL or AMI: Your Amazon Web Services based solution deployed as BYOL or AMI in the end customer's Amazon Web Services environment.
  - Managed Services: The end customer's Amazon Web Services business management (For example: Consulting, design, implementation, billing support, cost optimization, technical support).
  - Professional Services: Offerings to help enterprise end customers achieve specific business outcomes for enterprise cloud adoption (For example: Advisory or transformation planning).
  - Resell: Amazon Web Services accounts and billing management for your customers.
  - Other: Delivery model not described above.
- `ExpectedCustomerSpend`: list of [`ExpectedCustomerSpend`](#shape-expectedcustomerspend), 0–10 entries.
  Represents the estimated amount that the customer is expected to spend on AWS services related to the opportunity. This helps in evaluating the potential financial value of the opportunity for AWS.
- `ExpectedContractDuration`: [`ExpectedContractDuration`](#shape-expectedcontractduration).
  Optional. The expected duration of the contract associated with this opportunity. Partners use this value alongside expected customer spend to convert Total Contract Value (TCV) into Monthly Recurring Revenue (MRR).
- `Title`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Specifies the `Opportunity`'s title or name.
- `ApnPrograms`: list of string.
  Specifies the Amazon Partner Network (APN) program that influenced the `Opportunity`. APN programs refer to specific partner programs or initiatives that can impact the `Opportunity`.

  Valid values: `APN Immersion Days | APN Solution Space | ATO (Authority to Operate) | AWS Marketplace Campaign | IS Immersion Day SFID Program | ISV Workload Migration | Migration Acceleration Program | P3 | Partner Launch Initiative | Partner Opportunity Acceleration Funded | The Next Smart | VMware Cloud on AWS | Well-Architected | Windows | Workspaces/AppStream Accelerator Program | WWPS NDPP`
- `CustomerBusinessProblem`: string; pattern `(?s).{20,2000}`; sensitive (redacted in debug logs).
  Describes the problem the end customer has, and how the partner is helping. Utilize this field to provide a concise narrative that outlines the customer's business challenge or issue. Elaborate on how the partner's solution or offerings align to resolve the customer's business problem. Include relevant information about the partner's value proposition, unique selling points, and expertise to tackle the issue. Offer insights on how the proposed solution meets the customer's needs and provides value. Use concise language and precise descriptions to convey the context and significance of the `Opportunity`. The content in this field helps Amazon Web Services understand the nature of the `Opportunity` and the strategic fit of the partner's solution.
- `CustomerUseCase`: string.
  Specifies the proposed solution focus or type of workload for the Opportunity. This field captures the primary use case or objective of the proposed solution, and provides context and clarity to the addressed workload.

  Valid values: `AI Machine Learning and Analytics | Archiving | Big Data: Data Warehouse/Data Integration/ETL/Data Lake/BI | Blockchain | Business Applications: Mainframe Modernization | Business Applications & Contact Center | Business Applications & SAP Production | Centralized Operations Management | Cloud Management Tools | Cloud Management Tools & DevOps with Continuous Integration & Continuous Delivery (CICD) | Configuration, Compliance & Auditing | Connected Services | Containers & Serverless | Content Delivery & Edge Services | Database | Edge Computing/End User Computing | Energy | Enterprise Governance & Controls | Enterprise Resource Planning | Financial Services | Healthcare and Life Sciences | High Performance Computing | Hybrid Application Platform | Industrial Software | IOT | Manufacturing, Supply Chain and Operations | Media & High performance computing (HPC) | Migration/Database Migration | Monitoring, logging and performance | Monitoring & Observability | Networking | Outpost | SAP | Security & Compliance | Storage & Backup | Training | VMC | VMWare | Web development & DevOps`
- `RelatedOpportunityIdentifier`: string; pattern `O[0-9]{1,19}`.
  Specifies the current opportunity's parent opportunity identifier.
- `SalesActivities`: list of [`SalesActivity`](#shape-salesactivity) (enum).
  Specifies the `Opportunity`'s sales activities conducted with the end customer. These activities help drive Amazon Web Services assignment priority.

  Valid values:

  - Initialized discussions with customer: Initial conversations with the customer to understand their needs and introduce your solution.
  - Customer has shown interest in solution: After initial discussions, the customer is interested in your solution.
  - Conducted POC/demo: You conducted a proof of concept (POC) or demonstration of the solution for the customer.
  - In evaluation/planning stage: The customer is evaluating the solution and planning potential implementation.
  - Agreed on solution to Business Problem: Both parties agree on how the solution addresses the customer's business problem.
  - Completed Action Plan: A detailed action plan is complete and outlines the steps for implementation.
  - Finalized Deployment Need: Both parties agree with and finalized the deployment needs.
  - SOW Signed: Both parties signed a statement of work (SOW), and formalize the agreement and detail the project scope and deliverables.
- `CompetitorName`: [`CompetitorName`](#shape-competitorname) (enum); one of `Oracle Cloud`, `On-Prem`, `Co-location`, `Akamai`, `AliCloud`, `Google Cloud Platform`, `IBM Softlayer`, `Microsoft Azure`, `Other- Cost Optimization`, `No Competition`, `*Other`.
  Name of the `Opportunity`'s competitor (if any). Use `Other` to submit a value not in the picklist.
- `OtherCompetitorNames`: string; pattern `(?s).{0,255}`.
  Only allowed when `CompetitorNames` has `Other` selected.
- `OtherSolutionDescription`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Specifies the offered solution for the customer's business problem when the `RelatedEntityIdentifiers.Solutions` field value is `Other`.
- `AdditionalComments`: string; pattern `(?s).{1,255}`.
  Captures additional comments or information for the `Opportunity` that weren't captured in other fields.
- `AwsPartition`: [`AwsPartition`](#shape-awspartition) (enum); one of `aws-eusc`.
  AWS partition where the opportunity will be deployed. Possible values: `aws-eusc` for AWS European Sovereign Cloud, `null` for all other partitions.]],
    ProjectDetails = [[
<a id="shape-projectdetails"></a>

### ProjectDetails

Contains details about the project associated with the Engagement Invitation, including the business problem and expected outcomes.

- `BusinessProblem`: string, **required**; pattern `(?s).{20,2000}`; sensitive (redacted in debug logs).
  Describes the business problem that the project aims to solve. This information is crucial for understanding the project’s goals and objectives.
- `Title`: string, **required**; pattern `(?s).{1,255}`.
  Specifies the title of the project. This title helps partners quickly identify and understand the focus of the project.
- `TargetCompletionDate`: string, **required**; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  Specifies the estimated date of project completion. This field helps track the project timeline and manage expectations.
- `ExpectedCustomerSpend`: list of [`ExpectedCustomerSpend`](#shape-expectedcustomerspend), 0–10 entries, **required**.
  Contains revenue estimates for the partner related to the project. This field provides an idea of the financial potential of the opportunity for the partner.]],
    ProjectSummary = [[
<a id="shape-projectsummary"></a>

### ProjectSummary

An object that contains a `Project` object's subset of fields.

- `DeliveryModels`: list of [`DeliveryModel`](#shape-deliverymodel) (enum).
  Specifies your solution or service's deployment or consumption model in the `Opportunity`'s context. You can select multiple options.

  Options' descriptions from the `Delivery Model` field are:

  - SaaS or PaaS: Your Amazon Web Services based solution deployed as SaaS or PaaS in your Amazon Web Services environment.
  - BYOL or AMI: Your Amazon Web Services based solution deployed as BYOL or AMI in the end customer's Amazon Web Services environment.
  - Managed Services: The end customer's Amazon Web Services business management (For example: Consulting, design, implementation, billing support, cost optimization, technical support).
  - Professional Services: Offerings to help enterprise end customers achieve specific business outcomes for enterprise cloud adoption (For example: Advisory or transformation planning).
  - Resell: Amazon Web Services accounts and billing management for your customers.
  - Other: Delivery model not described above.
- `ExpectedCustomerSpend`: list of [`ExpectedCustomerSpend`](#shape-expectedcustomerspend), 0–10 entries.
  Provides a summary of the expected customer spend for the project, offering a high-level view of the potential financial impact.
- `ExpectedContractDuration`: [`ExpectedContractDuration`](#shape-expectedcontractduration).
  Optional. The expected contract duration for this opportunity, representing the anticipated length of the contract in the unit specified by `Term`.]],
    ProjectView = [[
<a id="shape-projectview"></a>

### ProjectView

Provides the project view of an opportunity resource shared through a snapshot.

- `DeliveryModels`: list of [`DeliveryModel`](#shape-deliverymodel) (enum).
  Describes the deployment or consumption model for the partner solution or offering. This field indicates how the project's solution will be delivered or implemented for the customer.
- `ExpectedCustomerSpend`: list of [`ExpectedCustomerSpend`](#shape-expectedcustomerspend), 0–10 entries.
  Provides information about the anticipated customer spend related to this project. This may include details such as amount, frequency, and currency of expected expenditure.
- `ExpectedContractDuration`: [`ExpectedContractDuration`](#shape-expectedcontractduration).
  Optional. The expected contract duration for this opportunity, representing the anticipated length of the contract in the unit specified by `Term`.
- `CustomerUseCase`: string.
  Specifies the proposed solution focus or type of workload for the project.
- `SalesActivities`: list of [`SalesActivity`](#shape-salesactivity) (enum).
  Lists the pre-sales activities that have occurred with the end-customer related to the opportunity. This field is conditionally mandatory when the project is qualified for Co-Sell and helps drive assignment priority on the AWS side. It provides insight into the engagement level with the customer.
- `OtherSolutionDescription`: string; pattern `(?s).{0,255}`; sensitive (redacted in debug logs).
  Offers a description of other solutions if the standard solutions do not adequately cover the project's scope.]],
    ProspectingFromEngagementTaskSort = [[
<a id="shape-prospectingfromengagementtasksort"></a>

### ProspectingFromEngagementTaskSort

Specifies the sort configuration for `ListProspectingFromEngagementTasks`. Contains the field to sort by and the sort direction.

- `SortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `ASCENDING`, `DESCENDING`.
  The direction in which to sort the results. Use `ASCENDING` to return the smallest or earliest values first, or `DESCENDING` to return the largest or most recent values first.
- `SortBy`: [`ProspectingFromEngagementTaskSortName`](#shape-prospectingfromengagementtasksortname) (enum), **required**; one of `StartTime`, `TaskName`, `FailedEngagementCount`.
  The field by which to sort the returned tasks. Valid values: `StartTime` (task creation timestamp), `TaskName` (alphabetically by task name), and `FailedEngagementCount` (number of failed engagements).]],
    ProspectingFromEngagementTaskSortName = [[
<a id="shape-prospectingfromengagementtasksortname"></a>

### ProspectingFromEngagementTaskSortName

The fields available for sorting results from `ListProspectingFromEngagementTasks`. Valid values are `StartTime`, `TaskName`, and `FailedEngagementCount`.

Enum (string): `StartTime`, `TaskName`, `FailedEngagementCount`.]],
    ProspectingInsights = [[
<a id="shape-prospectinginsights"></a>

### ProspectingInsights

Contains insights that AI generates from the prospecting analysis. These insights include marketplace engagement scoring, solution fit assessments, and solution categorization for the prospected customer.

- `MarketplaceEngagementScore`: string; length 0–255 code points.
  A score that indicates the prospected customer's level of engagement with AWS Marketplace. Valid values are `High`, `Medium`, and `Low`.
- `SolutionScore`: string.
  A score that indicates how well the partner's solution fits the prospected customer's needs.
- `SolutionCategory`: string.
  The primary solution category classification for the prospected customer. This indicates the type of solution that best addresses their needs.
- `SolutionSubCategory`: string.
  The solution sub-category classification for the prospected customer. This provides more granular categorization of the recommended solution type.]],
    ProspectingResult = [[
<a id="shape-prospectingresult"></a>

### ProspectingResult

Contains the results of an autonomous prospecting job. This includes data and insights that AWS provides about a prospected customer account.

- `Aws`: [`ProspectingResultAws`](#shape-prospectingresultaws).
  Prospecting data and insights that AWS provides during the prospecting job. This includes customer details, task information, and scoring that AI generates.]],
    ProspectingResultAws = [[
<a id="shape-prospectingresultaws"></a>

### ProspectingResultAws

Contains the prospecting data that AWS sources. This includes task execution details, customer account information, and insights that AI generates from the prospecting analysis.

- `Customer`: [`ProspectingResultCustomer`](#shape-prospectingresultcustomer).
  Contains details about the prospected customer account, including geographic, industry, and segment classifications.
- `Insights`: [`ProspectingInsights`](#shape-prospectinginsights).
  Insights that AI generates from the prospecting analysis. These insights include engagement scores and solution fit assessments for the prospected customer.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the prospecting result context was created. The format is ISO 8601 (UTC).
- `EndTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp when the prospecting task completed processing. The format is ISO 8601 (UTC).
- `TaskId`: string; pattern `task-[0-9a-z]{14}`.
  The unique identifier of the prospecting task that generates this result.
- `TaskArn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the prospecting task. Use this ARN to track and manage the task within AWS.
- `TaskName`: string; length 1–128 code points.
  The name that the user provides for the prospecting task that generates this result.]],
    ProspectingResultCustomer = [[
<a id="shape-prospectingresultcustomer"></a>

### ProspectingResultCustomer

Contains detailed information about the prospected customer account, including company identifiers, geographic classification, industry segmentation, and program eligibility.

- `AccountName`: string; length 0–255 code points.
  The name of the prospected customer account.
- `Geo`: string; length 0–255 code points.
  The geographic region classification of the prospected customer account.
- `Region`: string; length 0–255 code points.
  The specific region of the prospected customer account.
- `SubRegion`: string; length 0–255 code points.
  The subregion classification of the prospected customer account.
- `Country`: [`CountryCode`](#shape-countrycode) (enum); one of 249 values; sensitive (redacted in debug logs).
  The country code of the prospected customer account.
- `Industry`: [`Industry`](#shape-industry) (enum); one of 28 values.
  The industry classification of the prospected customer account.
- `SubIndustry`: string; length 0–255 code points.
  The sub-industry classification of the prospected customer account. This provides more granular categorization within the primary industry.
- `Segment`: string; length 0–255 code points.
  The market segment classification of the prospected customer account.
- `CompanySize`: string; length 0–255 code points.
  The company size classification of the prospected customer account.
- `EligiblePrograms`: list of string.
  A list of AWS Greenfield programs that the prospected customer is eligible for. Use this list to identify relevant go-to-market opportunities.
- `PublicProfileSummary`: string; length 0–5000 code points.
  A summary of publicly available information about the prospected customer. The system uses this summary to generate customer insights and inform engagement strategies.]],
    ProspectingTaskStatus = [[
<a id="shape-prospectingtaskstatus"></a>

### ProspectingTaskStatus

The current execution state of a prospecting task. A task transitions from `PENDING` to `IN_PROGRESS` when processing begins, and then to either `COMPLETED` or `FAILED` when processing ends.

Enum (string): `PENDING`, `IN_PROGRESS`, `COMPLETED`, `FAILED`.]],
    ProspectingTaskSummary = [[
<a id="shape-prospectingtasksummary"></a>

### ProspectingTaskSummary

A summary of a single prospecting task, returned by `ListProspectingFromEngagementTasks`. Contains key metrics and status information without the full per-engagement detail available from `GetProspectingFromEngagementTask`.

- `TaskId`: string, **required**; pattern `task-[0-9a-z]{14}`.
  The unique identifier of the task. Use this value with `GetProspectingFromEngagementTask` to retrieve full task details.
- `TaskArn`: string, **required**; pattern `arn:aws:partnercentral-selling:.*:.*:catalog/.*/prospecting-from-engagement-task/task-[0-9a-z]{14}`.
  The Amazon Resource Name (ARN) of the task.
- `TaskName`: string, **required**; length 1–128 code points.
  The descriptive name of the task provided when it was created.
- `StartTime`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  The timestamp indicating when the task was initiated. The format follows ISO 8601 date-time notation.
- `EndTime`: timestamp (epoch seconds; input also takes an ISO 8601 string).
  The timestamp indicating when the task finished processing. This field is absent if the task is still in progress. The format follows ISO 8601 date-time notation.
- `TotalEngagementCount`: integer, **required**.
  The total number of engagements included in the task.
- `CompletedEngagementCount`: integer, **required**.
  The number of engagements that have been successfully converted into prospecting leads.
- `FailedEngagementCount`: integer, **required**.
  The number of engagements that failed to be converted. Retrieve the full task details using `GetProspectingFromEngagementTask` for per-engagement error information.]],
    ReasonCode = [[
<a id="shape-reasoncode"></a>

### ReasonCode

Enum (string): `InvitationAccessDenied`, `InvitationValidationFailed`, `EngagementAccessDenied`, `OpportunityAccessDenied`, `ResourceSnapshotJobAccessDenied`, `ResourceSnapshotJobValidationFailed`, `ResourceSnapshotJobConflict`, `EngagementValidationFailed`, `EngagementConflict`, `OpportunitySubmissionFailed`, `EngagementInvitationConflict`, `InternalError`, `OpportunityValidationFailed`, `OpportunityConflict`, `ResourceSnapshotAccessDenied`, `ResourceSnapshotValidationFailed`, `ResourceSnapshotConflict`, `ServiceQuotaExceeded`, `RequestThrottled`, `ContextNotFound`, `CustomerProjectContextNotPermitted`, `DisqualifiedLeadNotPermitted`.]],
    Receiver = [[
<a id="shape-receiver"></a>

### Receiver

Represents the entity that received the Engagement Invitation, including account and company details. This field is essential for tracking the partner who is being invited to collaborate.

A union: set exactly one member.

- `Account`: [`AccountReceiver`](#shape-accountreceiver).
  Specifies the AWS account of the partner who received the Engagement Invitation. This field is used to track the invitation recipient within the AWS ecosystem.]],
    ReceiverResponsibility = [[
<a id="shape-receiverresponsibility"></a>

### ReceiverResponsibility

Enum (string): `Distributor`, `Reseller`, `Hardware Partner`, `Managed Service Provider`, `Software Partner`, `Services Partner`, `Training Partner`, `Co-Sell Facilitator`, `Facilitator`.]],
    Recommendation = [[
<a id="shape-recommendation"></a>

### Recommendation

A recommendation from an agent-driven source.

- `Type`: string, **required**.
  The recommendation source type. Known values: `OpportunityQuality`, `SolutionRecommendation`, `SpecialistRecommendation`.
- `Details`: string, **required**.
  Human-readable recommendation text from this source.
- `Attributes`: map of string to string, 0–25 entries.
  Source-specific metadata as key-value pairs.]],
    RelatedEntityIdentifiers = [[
<a id="shape-relatedentityidentifiers"></a>

### RelatedEntityIdentifiers

This field provides the associations' information for other entities with the opportunity. These entities include identifiers for `AWSProducts`, `Partner Solutions`, and `AWSMarketplaceOffers`.

- `AwsMarketplaceOffers`: list of string (pattern `arn:aws:aws-marketplace:[a-z]{1,2}-[a-z]*-\d+:\d{12}:AWSMarketplace/Offer/.*`).
  Takes one value per opportunity. Each value is an Amazon Resource Name (ARN), in this format: `"offers": ["arn:aws:aws-marketplace:us-east-1:999999999999:AWSMarketplace/Offer/offer-sampleOffer32"]`.

  Use the [ListEntities](https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_ListEntities.html) action in the Marketplace Catalog APIs for a list of offers in the associated Marketplace seller account.
- `AwsMarketplaceOfferSets`: list of string (pattern `arn:aws:aws-marketplace:[a-z]{1,2}-[a-z]*-\d+:\d{12}:AWSMarketplace/OfferSet/offerset-.*`).
  Enables the association of AWS Marketplace offer sets with the `Opportunity`. Offer sets allow grouping multiple related marketplace offers together for comprehensive solution packaging. Each value is an Amazon Resource Name (ARN) in this format: `arn:aws:aws-marketplace:us-east-1:999999999999:AWSMarketplace/OfferSet/offerset-sampleOfferSet32`.
- `Solutions`: list of string (pattern `S-[0-9]{1,19}`).
  Enables partner solutions or offerings' association with an opportunity. To associate a solution, provide the solution's unique identifier, which you can obtain with the `ListSolutions` operation.

  If the specific solution identifier is not available, you can use the value `Other` and provide details about the solution in the `otherSolutionOffered` field. But when the opportunity reaches the `Committed` stage or beyond, the `Other` value cannot be used, and a valid solution identifier must be provided.

  By associating the relevant solutions with the opportunity, you can communicate the offerings that are being considered or implemented to address the customer's business problem.
- `AwsProducts`: list of string.
  Enables the association of specific Amazon Web Services products with the `Opportunity`. Partners can indicate the relevant Amazon Web Services products for the `Opportunity`'s solution and align with the customer's needs. Returns multiple values separated by commas. For example, `"AWSProducts" : ["AmazonRedshift", "AWSAppFabric", "AWSCleanRooms"]`.

  Use the file with the list of Amazon Web Services products hosted on GitHub: [Amazon Web Services products](https://github.com/aws-samples/partner-crm-integration-samples/blob/main/resources/aws_products.json).
- `AwsMarketplaceSolutions`: list of string (length 4–2048 code points; pattern `arn:.*`).
  Specifies the AWS Marketplace solutions to associate with the `Opportunity`. Each value is an Amazon Resource Name (ARN) that identifies a solution listing in AWS Marketplace.
- `AwsMarketplaceProducts`: list of string (length 4–2048 code points; pattern `arn:.*`).
  Specifies the AWS Marketplace products to associate with the `Opportunity`. Each value is an Amazon Resource Name (ARN) that identifies a product listing in AWS Marketplace.]],
    RelatedEntityType = [[
<a id="shape-relatedentitytype"></a>

### RelatedEntityType

Enum (string): `Solutions`, `AwsProducts`, `AwsMarketplaceOffers`, `AwsMarketplaceOfferSets`, `AwsMarketplaceSolutions`, `AwsMarketplaceProducts`.]],
    ResourceSnapshotJobStatus = [[
<a id="shape-resourcesnapshotjobstatus"></a>

### ResourceSnapshotJobStatus

Enum (string): `Running`, `Stopped`.]],
    ResourceSnapshotJobSummary = [[
<a id="shape-resourcesnapshotjobsummary"></a>

### ResourceSnapshotJobSummary

An object that contains a `Resource Snapshot Job`'s subset of fields.

- `Id`: string; pattern `job-[0-9a-z]{13}`.
  The unique identifier for the resource snapshot job within the AWS Partner Central system. This ID is used for direct references to the job within the service.
- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) for the resource snapshot job.
- `EngagementId`: string; pattern `eng-[0-9a-z]{14}`.
  The unique identifier of the Engagement.
- `Status`: [`ResourceSnapshotJobStatus`](#shape-resourcesnapshotjobstatus) (enum); one of `Running`, `Stopped`.
  The current status of the snapshot job.

  Valid values:

  - STOPPED: The job is not currently running.
  - RUNNING: The job is actively executing.]],
    ResourceSnapshotPayload = [[
<a id="shape-resourcesnapshotpayload"></a>

### ResourceSnapshotPayload

Represents the payload of a resource snapshot. This structure is designed to accommodate different types of resource snapshots, currently supporting opportunity summaries.

A union: set exactly one member.

- `OpportunitySummary`: [`OpportunitySummaryView`](#shape-opportunitysummaryview).
  An object that contains an `opportunity`'s subset of fields.
- `AwsOpportunitySummaryFullView`: [`AwsOpportunitySummaryFullView`](#shape-awsopportunitysummaryfullview).
  Provides a comprehensive view of AwsOpportunitySummaryFullView template.]],
    ResourceSnapshotSummary = [[
<a id="shape-resourcesnapshotsummary"></a>

### ResourceSnapshotSummary

Provides a concise summary of a resource snapshot, including its unique identifier and version information. This structure is used to quickly reference and identify specific versions of resource snapshots.

- `Arn`: string; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the snapshot. This globally unique identifier can be used for cross-service references and in IAM policies.
- `Revision`: integer; range at least 1.
  The revision number of the snapshot. This integer value is incremented each time the snapshot is updated, allowing for version tracking of the resource snapshot.
- `ResourceType`: [`ResourceType`](#shape-resourcetype) (enum); one of `Opportunity`.
  The type of resource snapshotted.
- `ResourceId`: string; pattern `O[0-9]{1,19}`.
  The identifier of the specific resource snapshotted. The format might vary depending on the ResourceType.
- `ResourceSnapshotTemplateName`: string; pattern `[a-zA-Z0-9]{3,80}`.
  The name of the template used to create the snapshot.
- `CreatedBy`: string; pattern `([0-9]{12}|\w{1,12})`; sensitive (redacted in debug logs).
  The AWS account ID of the entity that owns the resource from which the snapshot was created.]],
    ResourceType = [[
<a id="shape-resourcetype"></a>

### ResourceType

Enum (string): `Opportunity`.]],
    RevenueModel = [[
<a id="shape-revenuemodel"></a>

### RevenueModel

Enum (string): `Contract`, `Pay-as-you-go`, `Subscription`.]],
    ReviewStatus = [[
<a id="shape-reviewstatus"></a>

### ReviewStatus

Enum (string): `Pending Submission`, `Submitted`, `In review`, `Approved`, `Rejected`, `Action Required`.]],
    SalesActivity = [[
<a id="shape-salesactivity"></a>

### SalesActivity

Enum (string): `Initialized discussions with customer`, `Customer has shown interest in solution`, `Conducted POC / Demo`, `In evaluation / planning stage`, `Agreed on solution to Business Problem`, `Completed Action Plan`, `Finalized Deployment Need`, `SOW Signed`.]],
    SalesInvolvementType = [[
<a id="shape-salesinvolvementtype"></a>

### SalesInvolvementType

Enum (string): `For Visibility Only`, `Co-Sell`.]],
    SenderContact = [[
<a id="shape-sendercontact"></a>

### SenderContact

An object that contains the details of the sender-provided contact person for the `EngagementInvitation`.

- `Email`: string, **required**; pattern `(?=.{1,80}$)[a-zA-Z0-9.!#$%&'*+/=?^_{|}~-]+@[a-zA-Z0-9-]+(?:.[a-zA-Z0-9-]+)*`; sensitive (redacted in debug logs).
  The sender-provided contact's email address associated with the `EngagementInvitation`.
- `FirstName`: string; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  The sender-provided contact's last name associated with the `EngagementInvitation`.
- `LastName`: string; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  The sender-provided contact's first name associated with the `EngagementInvitation`.
- `BusinessTitle`: string; pattern `(?s).{0,80}`; sensitive (redacted in debug logs).
  The sender-provided contact's title (job title or role) associated with the `EngagementInvitation`.
- `Phone`: string; pattern `\+[1-9]\d{1,14}`; sensitive (redacted in debug logs).
  The sender-provided contact's phone number associated with the `EngagementInvitation`.]],
    SoftwareRevenue = [[
<a id="shape-softwarerevenue"></a>

### SoftwareRevenue

Specifies a customer's procurement terms details. Required only for partners in eligible programs.

- `DeliveryModel`: [`RevenueModel`](#shape-revenuemodel) (enum); one of `Contract`, `Pay-as-you-go`, `Subscription`.
  Specifies the customer's intended payment type agreement or procurement method to acquire the solution or service outlined in the `Opportunity`.
- `Value`: [`MonetaryValue`](#shape-monetaryvalue).
  Specifies the payment value (amount and currency).
- `EffectiveDate`: string; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  Specifies the `Opportunity`'s customer engagement start date for the contract's effectiveness.
- `ExpirationDate`: string; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  Specifies the expiration date for the contract between the customer and Amazon Web Services partner. It signifies the termination date of the agreed-upon engagement period between both parties.]],
    SolutionBase = [[
<a id="shape-solutionbase"></a>

### SolutionBase

Specifies minimal information for the solution offered to solve the customer's business problem.

- `Catalog`: string, **required**; pattern `[a-zA-Z]+`.
  Specifies the catalog in which the solution is hosted, either `AWS` or `Sandbox`. This helps partners differentiate between live solutions and those in testing environments.
- `Id`: string, **required**; pattern `S-[0-9]{1,19}`.
  Enables the association of solutions (offerings) to opportunities.
- `Arn`: string; pattern `S-[0-9]{1,19}`.
  The SolutionBase structure provides essential information about a solution.
- `Name`: string, **required**.
  Specifies the solution name.
- `Status`: [`SolutionStatus`](#shape-solutionstatus) (enum), **required**; one of `Active`, `Inactive`, `Draft`.
  Specifies the solution's current status, which indicates its state in the system. Valid values: `Active` | `Inactive` | `Draft`. The status helps partners and Amazon Web Services track the solution's lifecycle and availability. Filter for `Active` solutions for association to an opportunity.
- `Category`: string, **required**.
  Specifies the solution category, which helps to categorize and organize the solutions partners offer. Valid values: `Software Product` | `Consulting Service` | `Hardware Product` | `Communications Product` | `Professional Service` | `Managed Service` | `Value-Added Resale Amazon Web Services Service` | `Distribution Service` | `Training Service` | `Merger and Acquisition Advising Service`.
- `CreatedDate`: timestamp (epoch seconds; input also takes an ISO 8601 string), **required**.
  Indicates the solution creation date. This is useful to track and audit.
- `AwsMarketplaceSolutionArn`: string; length 4–2048 code points; pattern `arn:.*`.
  The Amazon Resource Name (ARN) of the AWS Marketplace solution associated with this partner solution.]],
    SolutionSort = [[
<a id="shape-solutionsort"></a>

### SolutionSort

Configures the solutions' response sorting that enables partners to order solutions based on specified attributes.

- `SortOrder`: [`SortOrder`](#shape-sortorder) (enum), **required**; one of `ASCENDING`, `DESCENDING`.
  Specifies the sorting order, either `Ascending` or `Descending`. The default is `Descending`.
- `SortBy`: [`SolutionSortName`](#shape-solutionsortname) (enum), **required**; one of `Identifier`, `Name`, `Status`, `Category`, `CreatedDate`.
  Specifies the attribute to sort by, such as `Name`, `CreatedDate`, or `Status`.]],
    SolutionSortName = [[
<a id="shape-solutionsortname"></a>

### SolutionSortName

Enum (string): `Identifier`, `Name`, `Status`, `Category`, `CreatedDate`.]],
    SolutionStatus = [[
<a id="shape-solutionstatus"></a>

### SolutionStatus

Enum (string): `Active`, `Inactive`, `Draft`.]],
    SortBy = [[
<a id="shape-sortby"></a>

### SortBy

Enum (string): `CreatedDate`.]],
    SortObject = [[
<a id="shape-sortobject"></a>

### SortObject

Defines the sorting parameters for listing resource snapshot jobs. This structure allows you to specify the field to sort by and the order of sorting.

- `SortBy`: [`SortBy`](#shape-sortby) (enum); one of `CreatedDate`.
  Specifies the field by which to sort the resource snapshot jobs.
- `SortOrder`: [`SortOrder`](#shape-sortorder) (enum); one of `ASCENDING`, `DESCENDING`.
  Determines the order in which the sorted results are presented.]],
    SortOrder = [[
<a id="shape-sortorder"></a>

### SortOrder

Enum (string): `ASCENDING`, `DESCENDING`.]],
    Stage = [[
<a id="shape-stage"></a>

### Stage

Enum (string): `Prospect`, `Qualified`, `Technical Validation`, `Business Validation`, `Committed`, `Launched`, `Closed Lost`.]],
    Tag = [[
<a id="shape-tag"></a>

### Tag

The key-value pair assigned to a specified resource.

- `Key`: string, **required**; pattern `(?=.{1,128}$)([\p{L}\p{Z}\p{N}_.:/=+\-@]*)`.
  The key in the tag.
- `Value`: string, **required**; pattern `(?=.{0,256}$)([\p{L}\p{Z}\p{N}_.:/=+\-@]*)`.
  The value in the tag.]],
    TargetCloseDateFilter = [[
<a id="shape-targetclosedatefilter"></a>

### TargetCloseDateFilter

Filters opportunities based on their target close date.

- `AfterTargetCloseDate`: string; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  Filters opportunities with a target close date after this date. Use the `YYYY-MM-DD` format.
- `BeforeTargetCloseDate`: string; pattern `[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])`.
  Filters opportunities with a target close date before this date. Use the `YYYY-MM-DD` format.]],
    TaskStatus = [[
<a id="shape-taskstatus"></a>

### TaskStatus

Enum (string): `IN_PROGRESS`, `COMPLETE`, `FAILED`.]],
    UpdateEngagementContextPayload = [[
<a id="shape-updateengagementcontextpayload"></a>

### UpdateEngagementContextPayload

Represents the updated payload of an engagement context. The structure of this payload varies based on the context type being updated.

A union: set exactly one member.

- `Lead`: [`UpdateLeadContext`](#shape-updateleadcontext).
  Contains updated information about a lead when the context type is "Lead". This field is present only when updating a lead context within the engagement.
- `CustomerProject`: [`CustomerProjectsContext`](#shape-customerprojectscontext).
- `ProspectingResult`: [`ProspectingResult`](#shape-prospectingresult).
  Contains updated prospecting result data when the context type is "ProspectingResult". This field includes enriched data and insights that the system generates when a partner runs an autonomous prospecting job on leads.]],
    UpdateLeadContext = [[
<a id="shape-updateleadcontext"></a>

### UpdateLeadContext

Updates the context information for a lead with qualification status, customer details, and interaction data.

- `QualificationStatus`: string; pattern `(?s).{1,255}`.
  The updated qualification status of the lead.
- `Customer`: [`LeadCustomer`](#shape-leadcustomer), **required**.
  Updated customer information associated with the lead.
- `Interaction`: [`LeadInteraction`](#shape-leadinteraction).
  Updated interaction details for the lead context.
- `Insights`: [`LeadInsights`](#shape-leadinsights).
  Insights that AI generates and associates with the lead. These insights provide automated analysis to help partners assess the lead quality and readiness.]],
    ValidationExceptionError = [[
<a id="shape-validationexceptionerror"></a>

### ValidationExceptionError

Indicates an invalid value for a field.

- *REQUIRED_FIELD_MISSING:* The request is missing a required field.

  Fix: Verify your request payload includes all required fields.
- *INVALID_ENUM_VALUE:* The enum field value isn't an accepted values.

  Fix: Check the documentation for the list of valid enum values, and update your request with a valid value.
- *INVALID_STRING_FORMAT:* The string format is invalid.

  Fix: Confirm that the string is in the expected format (For example: email address, date).
- *INVALID_VALUE:* The value isn't valid.

  Fix: Confirm that the value meets the expected criteria and is within the allowable range or set.
- *TOO_MANY_VALUES:* There are too many values in a field that expects fewer entries.

  Fix: Reduce the number of values to match the expected limit.
- *NOT_ENOUGH_VALUES:* There are not enough values in a field that expects more entries.

  Fix: Increase the number of values to match the expected threshold.
- *ACTION_NOT_PERMITTED:* The action isn't permitted due to current state or permissions.

  Fix: Verify that the action is appropriate for the current state, and that you have the necessary permissions to perform it.
- *DUPLICATE_KEY_VALUE:* The value in a field duplicates a value that must be unique.

  Fix: Verify that the value is unique and doesn't duplicate an existing value in the system.

- `FieldName`: string.
  Specifies the field name with the invalid value.
- `Message`: string, **required**.
  Specifies the detailed error message for the invalid field value.
- `Code`: [`ValidationExceptionErrorCode`](#shape-validationexceptionerrorcode) (enum), **required**; one of `REQUIRED_FIELD_MISSING`, `INVALID_ENUM_VALUE`, `INVALID_STRING_FORMAT`, `INVALID_VALUE`, `NOT_ENOUGH_VALUES`, `TOO_MANY_VALUES`, `INVALID_RESOURCE_STATE`, `DUPLICATE_KEY_VALUE`, `VALUE_OUT_OF_RANGE`, `ACTION_NOT_PERMITTED`.
  Specifies the error code for the invalid field value.]],
    ValidationExceptionErrorCode = [[
<a id="shape-validationexceptionerrorcode"></a>

### ValidationExceptionErrorCode

Enum (string): `REQUIRED_FIELD_MISSING`, `INVALID_ENUM_VALUE`, `INVALID_STRING_FORMAT`, `INVALID_VALUE`, `NOT_ENOUGH_VALUES`, `TOO_MANY_VALUES`, `INVALID_RESOURCE_STATE`, `DUPLICATE_KEY_VALUE`, `VALUE_OUT_OF_RANGE`, `ACTION_NOT_PERMITTED`.]],
    ValidationExceptionReason = [[
<a id="shape-validationexceptionreason"></a>

### ValidationExceptionReason

Enum (string): `REQUEST_VALIDATION_FAILED`, `BUSINESS_VALIDATION_FAILED`.]],
    Visibility = [[
<a id="shape-visibility"></a>

### Visibility

Enum (string): `Full`, `Limited`.]],
  },
  shapes_of = {
    AcceptEngagementInvitation = {},
    AssignOpportunity = { "AssigneeContact" },
    AssociateOpportunity = { "RelatedEntityType" },
    CreateEngagement = {
      "CountryCode",
      "CustomerProjectsContext",
      "EngagementContextDetails",
      "EngagementContextPayload",
      "EngagementContextType",
      "EngagementCustomer",
      "EngagementCustomerProjectDetails",
      "Industry",
      "LeadAddress",
      "LeadContact",
      "LeadContext",
      "LeadCustomer",
      "LeadInsights",
      "LeadInteraction",
      "ProspectingInsights",
      "ProspectingResult",
      "ProspectingResultAws",
      "ProspectingResultCustomer",
    },
    CreateEngagementContext = {
      "CountryCode",
      "CustomerProjectsContext",
      "EngagementContextPayload",
      "EngagementContextType",
      "EngagementCustomer",
      "EngagementCustomerProjectDetails",
      "Industry",
      "LeadAddress",
      "LeadContact",
      "LeadContext",
      "LeadCustomer",
      "LeadInsights",
      "LeadInteraction",
      "ProspectingInsights",
      "ProspectingResult",
      "ProspectingResultAws",
      "ProspectingResultCustomer",
    },
    CreateEngagementInvitation = {
      "AccountReceiver",
      "CountryCode",
      "CurrencyCode",
      "EngagementCustomer",
      "ExpectedCustomerSpend",
      "Industry",
      "Invitation",
      "LeadInvitationCustomer",
      "LeadInvitationInteraction",
      "LeadInvitationPayload",
      "OpportunityInvitationPayload",
      "Payload",
      "PaymentFrequency",
      "ProjectDetails",
      "Receiver",
      "ReceiverResponsibility",
      "SenderContact",
    },
    CreateOpportunity = {
      "Account",
      "Address",
      "AwsFundingUsed",
      "AwsPartition",
      "Channel",
      "ClosedLostReason",
      "CompetitorName",
      "Contact",
      "CountryCode",
      "CurrencyCode",
      "Customer",
      "DeliveryModel",
      "ExpectedContractDuration",
      "ExpectedContractDurationTerm",
      "ExpectedCustomerSpend",
      "Industry",
      "LifeCycle",
      "Marketing",
      "MarketingSource",
      "MonetaryValue",
      "NationalSecurity",
      "NextStepsHistory",
      "OpportunityOrigin",
      "OpportunityType",
      "PaymentFrequency",
      "PrimaryNeedFromAws",
      "Project",
      "RevenueModel",
      "ReviewStatus",
      "SalesActivity",
      "SoftwareRevenue",
      "Stage",
      "Tag",
    },
    CreateResourceSnapshot = { "ResourceType" },
    CreateResourceSnapshotJob = { "ResourceType", "Tag" },
    DeleteResourceSnapshotJob = {},
    DisassociateOpportunity = { "RelatedEntityType" },
    GetAwsOpportunitySummary = {
      "AwsClosedLostReason",
      "AwsMemberBusinessTitle",
      "AwsOpportunityCustomer",
      "AwsOpportunityInsights",
      "AwsOpportunityLifeCycle",
      "AwsOpportunityProject",
      "AwsOpportunityRelatedEntities",
      "AwsOpportunityStage",
      "AwsPartition",
      "AwsProductDetails",
      "AwsProductInsights",
      "AwsProductOptimization",
      "AwsProductsSpendInsightsBySource",
      "AwsTeamMember",
      "Contact",
      "CurrencyCode",
      "EngagementScore",
      "ExpectedCustomerSpend",
      "InvolvementTypeChangeReason",
      "OpportunityOrigin",
      "OpportunityQuality",
      "PaymentFrequency",
      "ProfileNextStepsHistory",
      "Recommendation",
      "SalesInvolvementType",
      "Visibility",
    },
    GetEngagement = {
      "CountryCode",
      "CustomerProjectsContext",
      "EngagementContextDetails",
      "EngagementContextPayload",
      "EngagementContextType",
      "EngagementCustomer",
      "EngagementCustomerProjectDetails",
      "Industry",
      "LeadAddress",
      "LeadContact",
      "LeadContext",
      "LeadCustomer",
      "LeadInsights",
      "LeadInteraction",
      "ProspectingInsights",
      "ProspectingResult",
      "ProspectingResultAws",
      "ProspectingResultCustomer",
    },
    GetEngagementInvitation = {
      "AccountReceiver",
      "CountryCode",
      "CurrencyCode",
      "EngagementCustomer",
      "EngagementInvitationPayloadType",
      "EngagementMemberSummary",
      "EnrichmentContext",
      "ExpectedCustomerSpend",
      "Industry",
      "InvitationProspectingResultAws",
      "InvitationStatus",
      "LeadInsights",
      "LeadInvitationCustomer",
      "LeadInvitationInteraction",
      "LeadInvitationPayload",
      "OpportunityInvitationPayload",
      "Payload",
      "PaymentFrequency",
      "ProjectDetails",
      "ProspectingInsights",
      "ProspectingResultCustomer",
      "Receiver",
      "ReceiverResponsibility",
      "SenderContact",
    },
    GetOpportunity = {
      "Account",
      "Address",
      "AwsFundingUsed",
      "AwsPartition",
      "Channel",
      "ClosedLostReason",
      "CompetitorName",
      "Contact",
      "CountryCode",
      "CurrencyCode",
      "Customer",
      "DeliveryModel",
      "ExpectedContractDuration",
      "ExpectedContractDurationTerm",
      "ExpectedCustomerSpend",
      "Industry",
      "LifeCycle",
      "Marketing",
      "MarketingSource",
      "MonetaryValue",
      "NationalSecurity",
      "NextStepsHistory",
      "OpportunityType",
      "PaymentFrequency",
      "PrimaryNeedFromAws",
      "Project",
      "RelatedEntityIdentifiers",
      "RevenueModel",
      "ReviewStatus",
      "SalesActivity",
      "SoftwareRevenue",
      "Stage",
    },
    GetProspectingFromEngagementTask = { "EngagementProspectingResult", "ProspectingTaskStatus" },
    GetResourceSnapshot = {
      "Account",
      "Address",
      "AwsClosedLostReason",
      "AwsMemberBusinessTitle",
      "AwsOpportunityCustomer",
      "AwsOpportunityInsights",
      "AwsOpportunityLifeCycle",
      "AwsOpportunityProject",
      "AwsOpportunityRelatedEntities",
      "AwsOpportunityStage",
      "AwsOpportunitySummaryFullView",
      "AwsPartition",
      "AwsProductDetails",
      "AwsProductInsights",
      "AwsProductOptimization",
      "AwsProductsSpendInsightsBySource",
      "AwsTeamMember",
      "Contact",
      "CountryCode",
      "CurrencyCode",
      "Customer",
      "DeliveryModel",
      "EngagementScore",
      "ExpectedContractDuration",
      "ExpectedContractDurationTerm",
      "ExpectedCustomerSpend",
      "Industry",
      "InvolvementTypeChangeReason",
      "LifeCycleForView",
      "OpportunityOrigin",
      "OpportunityQuality",
      "OpportunitySummaryView",
      "OpportunityType",
      "PaymentFrequency",
      "PrimaryNeedFromAws",
      "ProfileNextStepsHistory",
      "ProjectView",
      "Recommendation",
      "RelatedEntityIdentifiers",
      "ResourceSnapshotPayload",
      "ResourceType",
      "ReviewStatus",
      "SalesActivity",
      "SalesInvolvementType",
      "Stage",
      "Visibility",
    },
    GetResourceSnapshotJob = { "ResourceSnapshotJobStatus", "ResourceType" },
    GetSellingSystemSettings = {},
    ListEngagementByAcceptingInvitationTasks = {
      "ListEngagementByAcceptingInvitationTaskSummary",
      "ListTasksSortBase",
      "ListTasksSortName",
      "ReasonCode",
      "SortOrder",
      "TaskStatus",
    },
    ListEngagementFromOpportunityTasks = {
      "ListEngagementFromOpportunityTaskSummary",
      "ListTasksSortBase",
      "ListTasksSortName",
      "ReasonCode",
      "SortOrder",
      "TaskStatus",
    },
    ListEngagementInvitations = {
      "AccountReceiver",
      "EngagementInvitationPayloadType",
      "EngagementInvitationSummary",
      "InvitationStatus",
      "OpportunityEngagementInvitationSort",
      "OpportunityEngagementInvitationSortName",
      "ParticipantType",
      "Receiver",
      "SortOrder",
    },
    ListEngagementMembers = { "EngagementMember" },
    ListEngagementResourceAssociations = { "EngagementResourceAssociationSummary", "ResourceType" },
    ListEngagements = {
      "EngagementContextType",
      "EngagementSort",
      "EngagementSortName",
      "EngagementSummary",
      "SortOrder",
    },
    ListOpportunities = {
      "AccountSummary",
      "AddressSummary",
      "ClosedLostReason",
      "CountryCode",
      "CreatedDateFilter",
      "CurrencyCode",
      "CustomerSummary",
      "DeliveryModel",
      "ExpectedContractDuration",
      "ExpectedContractDurationTerm",
      "ExpectedCustomerSpend",
      "Industry",
      "LastModifiedDate",
      "LifeCycleSummary",
      "OpportunitySort",
      "OpportunitySortName",
      "OpportunitySummary",
      "OpportunityType",
      "PaymentFrequency",
      "ProjectSummary",
      "ReviewStatus",
      "SortOrder",
      "Stage",
      "TargetCloseDateFilter",
    },
    ListOpportunityFromEngagementTasks = {
      "ListOpportunityFromEngagementTaskSummary",
      "ListTasksSortBase",
      "ListTasksSortName",
      "ReasonCode",
      "SortOrder",
      "TaskStatus",
    },
    ListProspectingFromEngagementTasks = {
      "ProspectingFromEngagementTaskSort",
      "ProspectingFromEngagementTaskSortName",
      "ProspectingTaskSummary",
      "SortOrder",
    },
    ListResourceSnapshotJobs = {
      "ResourceSnapshotJobStatus",
      "ResourceSnapshotJobSummary",
      "SortBy",
      "SortObject",
      "SortOrder",
    },
    ListResourceSnapshots = { "ResourceSnapshotSummary", "ResourceType" },
    ListSolutions = { "SolutionBase", "SolutionSort", "SolutionSortName", "SolutionStatus", "SortOrder" },
    ListTagsForResource = { "Tag" },
    PutSellingSystemSettings = {},
    RejectEngagementInvitation = {},
    StartEngagementByAcceptingInvitationTask = { "ReasonCode", "Tag", "TaskStatus" },
    StartEngagementFromOpportunityTask = {
      "AwsSubmission",
      "ReasonCode",
      "SalesInvolvementType",
      "Tag",
      "TaskStatus",
      "Visibility",
    },
    StartOpportunityFromEngagementTask = { "ReasonCode", "Tag", "TaskStatus" },
    StartProspectingFromEngagementTask = { "ProspectingTaskStatus" },
    StartResourceSnapshotJob = {},
    StopResourceSnapshotJob = {},
    SubmitOpportunity = { "SalesInvolvementType", "Visibility" },
    TagResource = { "Tag" },
    UntagResource = {},
    UpdateEngagementContext = {
      "CountryCode",
      "CustomerProjectsContext",
      "EngagementContextType",
      "EngagementCustomer",
      "EngagementCustomerProjectDetails",
      "Industry",
      "LeadAddress",
      "LeadContact",
      "LeadCustomer",
      "LeadInsights",
      "LeadInteraction",
      "ProspectingInsights",
      "ProspectingResult",
      "ProspectingResultAws",
      "ProspectingResultCustomer",
      "UpdateEngagementContextPayload",
      "UpdateLeadContext",
    },
    UpdateOpportunity = {
      "Account",
      "Address",
      "AwsFundingUsed",
      "AwsPartition",
      "Channel",
      "ClosedLostReason",
      "CompetitorName",
      "Contact",
      "CountryCode",
      "CurrencyCode",
      "Customer",
      "DeliveryModel",
      "ExpectedContractDuration",
      "ExpectedContractDurationTerm",
      "ExpectedCustomerSpend",
      "Industry",
      "LifeCycle",
      "Marketing",
      "MarketingSource",
      "MonetaryValue",
      "NationalSecurity",
      "NextStepsHistory",
      "OpportunityType",
      "PaymentFrequency",
      "PrimaryNeedFromAws",
      "Project",
      "RevenueModel",
      "ReviewStatus",
      "SalesActivity",
      "SoftwareRevenue",
      "Stage",
    },
  },
  summaries = {
    AcceptEngagementInvitation = [[
Use the `AcceptEngagementInvitation` action to accept an engagement invitation shared by AWS.]],
    AssignOpportunity = [[
Enables you to reassign an existing `Opportunity` to another user within your Partner Central account.]],
    AssociateOpportunity = [[
Enables you to create a formal association between an `Opportunity` and various related entities, enriching the context and details of the opportunity for better collaboration and decision making.]],
    CreateEngagement = [[
The `CreateEngagement` action allows you to create an `Engagement`, which serves as a collaborative space between different parties such as AWS Partners and AWS Sellers.]],
    CreateEngagementContext = "Creates a new context within an existing engagement.",
    CreateEngagementInvitation = [[
This action creates an invitation from a sender to a single receiver to join an engagement.]],
    CreateOpportunity = "Creates an `Opportunity` record in Partner Central.",
    CreateResourceSnapshot = [[
This action allows you to create an immutable snapshot of a specific resource, such as an opportunity, within the context of an engagement.]],
    CreateResourceSnapshotJob = [[
Use this action to create a job to generate a snapshot of the specified resource within an engagement.]],
    DeleteResourceSnapshotJob = [[
Use this action to deletes a previously created resource snapshot job.]],
    DisassociateOpportunity = [[
Allows you to remove an existing association between an `Opportunity` and related entities, such as a Partner Solution, Amazon Web Services product, or an Amazon Web Services Marketplace offer.]],
    GetAwsOpportunitySummary = "Retrieves a summary of an AWS Opportunity.",
    GetEngagement = [[
Use this action to retrieve the engagement record for a given `EngagementIdentifier`.]],
    GetEngagementInvitation = [[
Retrieves the details of an engagement invitation shared by AWS with a partner.]],
    GetOpportunity = [[
Fetches the `Opportunity` record from Partner Central by a given `Identifier`.]],
    GetProspectingFromEngagementTask = [[
Retrieves the details and current status of a prospecting task previously started with `StartProspectingFromEngagementTask` to enable polling for completion and access to per-engagement processing results.]],
    GetResourceSnapshot = "Use this action to retrieve a specific snapshot record.",
    GetResourceSnapshotJob = [[
Use this action to retrieves information about a specific resource snapshot job.]],
    GetSellingSystemSettings = [[
Retrieves the currently set system settings, which include the IAM Role used for resource snapshot jobs.]],
    ListEngagementByAcceptingInvitationTasks = [[
Lists all in-progress, completed, or failed StartEngagementByAcceptingInvitationTask tasks that were initiated by the caller's account.]],
    ListEngagementFromOpportunityTasks = [[
Lists all in-progress, completed, or failed `EngagementFromOpportunity` tasks that were initiated by the caller's account.]],
    ListEngagementInvitations = [[
Retrieves a list of engagement invitations sent to the partner.]],
    ListEngagementMembers = "Retrieves the details of member partners in an Engagement.",
    ListEngagementResourceAssociations = [[
Lists the associations between resources and engagements where the caller is a member and has at least one snapshot in the engagement.]],
    ListEngagements = [[
This action allows users to retrieve a list of Engagement records from Partner Central.]],
    ListOpportunities = [[
This request accepts a list of filters that retrieve opportunity subsets as well as sort options.]],
    ListOpportunityFromEngagementTasks = [[
Lists all in-progress, completed, or failed opportunity creation tasks from engagements that were initiated by the caller's account.]],
    ListProspectingFromEngagementTasks = [[
Lists all prospecting tasks initiated by the caller's account.]],
    ListResourceSnapshotJobs = "Lists resource snapshot jobs owned by the customer.",
    ListResourceSnapshots = [[
Retrieves a list of resource view snapshots based on specified criteria.]],
    ListSolutions = [[
Retrieves a list of Partner Solutions that the partner registered on Partner Central.]],
    ListTagsForResource = "Returns a list of tags for a resource.",
    PutSellingSystemSettings = [[
Updates the currently set system settings, which include the IAM Role used for resource snapshot jobs.]],
    RejectEngagementInvitation = [[
This action rejects an `EngagementInvitation` that AWS shared.]],
    StartEngagementByAcceptingInvitationTask = [[
This action starts the engagement by accepting an `EngagementInvitation`.]],
    StartEngagementFromOpportunityTask = [[
Similar to `StartEngagementByAcceptingInvitationTask`, this action is asynchronous and performs multiple steps before completion.]],
    StartOpportunityFromEngagementTask = [[
This action creates an opportunity from an existing engagement context.]],
    StartProspectingFromEngagementTask = [[
Starts a task to convert one or more engagement contexts into new prospecting leads.]],
    StartResourceSnapshotJob = [[
Starts a resource snapshot job that has been previously created.]],
    StopResourceSnapshotJob = "Stops a resource snapshot job.",
    SubmitOpportunity = [[
Use this action to submit an Opportunity that was previously created by partner for AWS review.]],
    TagResource = [[
Assigns one or more tags (key-value pairs) to the specified resource.]],
    UntagResource = "Removes a tag or tags from a resource.",
    UpdateEngagementContext = [[
Updates the context information for an existing engagement with new or modified data.]],
    UpdateOpportunity = [[
Updates the `Opportunity` record identified by a given `Identifier`.]],
  },
  title = "Partner Central Selling API",
  waiters = [[
## Waiters

The SDK's waiters poll an operation every `delay` seconds (default 2) until a final status, for at most `max_wait` seconds (default 120): success returns the last result, a failure status is a `WaiterFailure` error, running out of time a `WaiterTimeout` error.

- `EngagementByAcceptingInvitationTaskCompleted`: polls [ListEngagementByAcceptingInvitationTasks](#listengagementbyacceptinginvitationtasks) until `TaskStatus` is `COMPLETE`; fails on `FAILED`. Needs `TaskIdentifier` (the `TaskId` or `TaskArn` that its `Start*Task` call answered); a task the list does not show yet is polled again, up to 5 polls. `selling:wait_for("EngagementByAcceptingInvitationTaskCompleted", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait engagement-by-accepting-invitation-task-completed`.
- `EngagementFromOpportunityTaskCompleted`: polls [ListEngagementFromOpportunityTasks](#listengagementfromopportunitytasks) until `TaskStatus` is `COMPLETE`; fails on `FAILED`. Needs `TaskIdentifier` (the `TaskId` or `TaskArn` that its `Start*Task` call answered); a task the list does not show yet is polled again, up to 5 polls. `selling:wait_for("EngagementFromOpportunityTaskCompleted", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait engagement-from-opportunity-task-completed`.
- `OpportunityFromEngagementTaskCompleted`: polls [ListOpportunityFromEngagementTasks](#listopportunityfromengagementtasks) until `TaskStatus` is `COMPLETE`; fails on `FAILED`. Needs `TaskIdentifier` (the `TaskId` or `TaskArn` that its `Start*Task` call answered); a task the list does not show yet is polled again, up to 5 polls. `selling:wait_for("OpportunityFromEngagementTaskCompleted", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait opportunity-from-engagement-task-completed`.
- `ProspectingFromEngagementTaskCompleted`: polls [GetProspectingFromEngagementTask](#getprospectingfromengagementtask) until the task has an `EndTime`; fails when every engagement in it is `FAILED`. `selling:wait_for("ProspectingFromEngagementTaskCompleted", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait prospecting-from-engagement-task-completed`.
- `ResourceSnapshotJobSucceeded`: polls [GetResourceSnapshotJob](#getresourcesnapshotjob) until the job has a `LastSuccessfulExecutionDate`; fails when it is `Stopped` or reports a `LastFailure` first. `selling:wait_for("ResourceSnapshotJobSucceeded", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait resource-snapshot-job-succeeded`.
- `OpportunityApproved`: polls [GetOpportunity](#getopportunity) until `LifeCycle.ReviewStatus` is `Approved`; fails on `Action Required`, `Rejected`. `selling:wait_for("OpportunityApproved", input, { delay = 2, max_wait = 120 })`; CLI `partnercentral selling wait opportunity-approved`.]],
}
