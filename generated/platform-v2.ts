// Generated from openapi/platform-v2.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/o/{organisation_id}/activations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate an end user in an environment
         * @description Creates an activation: the end user is switched on for the environment, and the integration runs for them with the connections and variables given here. Every connection template of the environment needs a connection, either a new one or an existing one; otherwise the activation is refused.
         */
        post: operations["ActivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/execution-pools": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List execution pools
         * @description Returns the execution pools the organisation can deploy its projects to.
         */
        get: operations["ListExecutionPools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List projects
         * @description Returns every project of the organisation with its environments, without files.
         */
        get: operations["ListProjects"];
        put?: never;
        /**
         * Create a project
         * @description Creates an empty project. Its execution pool is chosen now and cannot be changed later.
         */
        post: operations["CreateProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * Get a project
         * @description Returns a project with its current files, settings and environments.
         */
        get: operations["GetProject"];
        /**
         * Update a project
         * @description Changes a project's name, settings or metadata. Its files and running deployments stay as they are.
         */
        put: operations["UpdateProject"];
        post?: never;
        /**
         * Delete a project
         * @description Deletes a project.
         */
        delete: operations["DeleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/star": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Star a project
         * @description Marks a project as starred for the whole organisation: an example of how the organisation builds
         *     integrations, which the platform may show to coding assistants as a pattern to follow. Starring a
         *     starred project changes nothing. ListProjects with `starred=true` lists the starred ones.
         */
        put: operations["StarProject"];
        post?: never;
        /**
         * Unstar a project
         * @description Takes the organisation's star off a project.
         */
        delete: operations["UnstarProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clone a project
         * @description Copies a project, with its files, settings and connection templates, into a new project with a new ULID. The copy is not deployed and has no connections.
         */
        post: operations["CloneProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/environments/clone": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clone an environment
         * @description Creates an environment of the project as a copy of another of its environments.
         */
        post: operations["CloneEnvironment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/environments/{environment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an environment
         * @description Takes the project's deployment in this environment down and removes the environment from the project. The platform declares this with POST, not DELETE; the answer is the project without the environment.
         */
        post: operations["DeleteEnvironment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/environments/sync": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a deployment to another environment
         * @description Makes one environment of the project run what another runs: the deployed build of the source environment is deployed to the target environment.
         */
        post: operations["SyncEnvironments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * Get the variables schema
         * @description Returns the JSON Schema of the project's dynamic variables.
         */
        get: operations["GetProjectVariablesSchema"];
        /**
         * Replace the variables schema
         * @description Replaces the JSON Schema of the project's dynamic variables: the variables end users may set on activation, which the integration's code reads. Values set later are checked against it.
         */
        put: operations["SetProjectVariablesSchema"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change part of the variables schema
         * @description Adds, replaces or removes one part of the project's variables schema, leaving the rest as it is.
         */
        patch: operations["PatchProjectVariablesSchema"];
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/sentiment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a sentiment score
         * @description Appends a sentiment score about one chat message to the project's sentiment history.
         */
        post: operations["AddProjectSentiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * List a project's versions
         * @description Returns the project's versions, one page at a time.
         */
        get: operations["ListProjectVersions"];
        put?: never;
        /**
         * Create a version
         * @description Saves a set of files as a new, named version of the project, which can then be deployed.
         */
        post: operations["CreateProjectVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/versions/{version_id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the project version.
                 * @example 01JRCGD40FZGD7VEG1KFQ3YGZ6
                 */
                version_id: components["parameters"]["version_id"];
            };
            cookie?: never;
        };
        /**
         * Get a version's files
         * @description Returns the files saved in one version of the project.
         */
        get: operations["GetVersionFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * Get the current files
         * @description Returns the project's files as they are now. An environment may run other files: those of the version deployed to it.
         */
        get: operations["GetFiles"];
        /**
         * Replace the files
         * @description Replaces every file of the project. Nothing is deployed.
         */
        put: operations["UpdateFiles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update some files
         * @description Writes the files given and leaves the project's other files as they are. Nothing is deployed.
         */
        patch: operations["PatchFiles"];
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/environments/execution-pools": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Move an environment to another execution pool
         * @description Changes where an environment runs. A running environment is suspended first, and the environment gets a new public URL.
         */
        put: operations["ChangeEnvironmentExecutionPool"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/environments/call": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an HTTP request to a deployed environment
         * @description Sends an HTTP request to the environment's deployed integration and returns its answer, which lets you start a workflow remotely. Bodies travel base64-encoded in both directions.
         */
        post: operations["CallIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/deploy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Deploy the project
         * @description Makes a version from the files sent, builds it, and deploys it to the environment named by `project_env`.
         */
        put: operations["DeployProject"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/versions/{version_id}/deploy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the project version.
                 * @example 01JRCGD40FZGD7VEG1KFQ3YGZ6
                 */
                version_id: components["parameters"]["version_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Deploy a version
         * @description Deploys one of the project's versions to the environment named by `project_env`, building it first when it has not been built yet.
         */
        put: operations["DeployProjectVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/testing/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the test container
         * @description Starts a temporary container that runs the project's current files for testing, and returns the workflows it can start.
         */
        post: operations["StartTestContainer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/testing/trigger/{trigger_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The name of the workflow trigger to start (see StartTestContainer).
                 * @example orders
                 */
                trigger_name: components["parameters"]["trigger_name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a workflow in the test container
         * @description Starts the named workflow in the test container with the request given, and returns the workflow's answer.
         */
        post: operations["TriggerWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Type-check files
         * @description Builds the files given and type-checks them, without deploying anything. Use it to catch errors before a deployment.
         */
        put: operations["ValidateFiles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * Read an environment's logs
         * @description Returns the log lines of one environment of the project, a page at a time. The answer's `nextToken` goes back in `next_token` for the next page. `paginate.getProjectLogs` follows it for you.
         */
        get: operations["GetProjectLogs"];
        put?: never;
        /**
         * Search an environment's logs
         * @description Like GetProjectLogs, with the conditions in the body: time range, field matches and full-text search. The answer's `nextToken` goes back in the body's `nextToken` for the next page; `paginate.searchProjectLogs` follows it for you.
         */
        post: operations["SearchProjectLogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/traces": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * List an environment's traces
         * @description Returns the traces of one environment of the project, a page at a time: one summary (the root span) per trace. The answer's `nextToken` goes back in `next_token` for the next page; `paginate.listTraces` follows it for you.
         */
        get: operations["ListTraces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/traces/{trace_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The trace's identifier, in hexadecimal.
                 * @example 4bf92f3577b34da6a3ce929d0e0e4736
                 */
                trace_id: components["parameters"]["trace_id"];
            };
            cookie?: never;
        };
        /**
         * Get a trace
         * @description Returns one trace with every span.
         */
        get: operations["GetTrace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * List workflows
         * @description Returns the project's workflows with the OpenTelemetry spans that describe them.
         */
        get: operations["GetIntegrationFlows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/workflows/{flow_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The workflow's name.
                 * @example orders
                 */
                flow_name: components["parameters"]["flow_name"];
            };
            cookie?: never;
        };
        /**
         * Get a workflow
         * @description Returns one workflow of the project, by name.
         */
        get: operations["GetIntegrationFlow"];
        /**
         * Create or replace a workflow
         * @description Stores the workflow under the name in the path, replacing all of a workflow of that name.
         */
        put: operations["UpdateIntegrationFlow"];
        post?: never;
        /**
         * Delete a workflow
         * @description Deletes one workflow of the project, by name.
         */
        delete: operations["DeleteFlow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend an environment
         * @description Stops the project's deployment in one environment without deleting anything; deploy again to resume.
         */
        post: operations["SuspendProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List connections
         * @description Returns the organisation's connections, a page at a time, optionally only those of one system or one end user.
         */
        get: operations["ListConnections"];
        put?: never;
        /**
         * Create a connection
         * @description Creates a connection for a connection template: for one end user when `externalId` is given, otherwise a static connection shared by the environment.
         */
        post: operations["CreateConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connections/{connection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01JR7T5KB03HQF0SKGWWCFBSZJ
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        /**
         * Get a connection
         * @description Returns one connection, with its secrets redacted.
         */
        get: operations["GetConnection"];
        /**
         * Update a connection
         * @description Replaces a connection's name, credentials and base URL.
         */
        put: operations["UpdateConnection"];
        post?: never;
        /**
         * Delete a connection
         * @description Deletes a connection. A dynamic connection that an end user's activation still uses cannot be deleted; a static connection is deleted even when in use.
         */
        delete: operations["DeleteConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connections/{connection_id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01JR7T5KB03HQF0SKGWWCFBSZJ
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a connection to a template
         * @description Makes an existing connection the one an environment uses for a connection template.
         */
        post: operations["LinkConnectionToEnvironment"];
        /**
         * Unlink a connection from a template
         * @description Detaches a connection from a connection template. The connection itself stays.
         */
        delete: operations["UnlinkConnectionFromEnvironment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List end users
         * @description Returns the organisation's end users, a page at a time. `search` matches ids, external ids and display names. `activated` and `environment_id` go together: users activated (or not) in that environment.
         */
        get: operations["ListEndUsers"];
        put?: never;
        /**
         * Create an end user
         * @description Creates an end user. `externalId` is your identifier for them: unique in the organisation and fixed for good, so pick one that does not change (not an email address).
         */
        post: operations["CreateEndUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/automations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List automations
         * @description Returns every automation of the organisation.
         */
        get: operations["ListAutomations"];
        put?: never;
        /**
         * Create an automation
         * @description Creates an automation from a name and a prompt template.
         */
        post: operations["CreateAutomation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/automations/{automation_id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
            };
            cookie?: never;
        };
        /**
         * List an automation's runs
         * @description Returns every run of one automation.
         */
        get: operations["ListAutomationRuns"];
        put?: never;
        /**
         * Run an automation
         * @description Starts a run of the automation and answers at once with the run's ULID: the run goes on in the background. Follow it with GetAutomationRun, or give a `webhookUrl` to be called when it ends.
         */
        post: operations["RunAutomation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/automations/{automation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
            };
            cookie?: never;
        };
        /**
         * Get an automation
         * @description Returns one automation.
         */
        get: operations["GetAutomation"];
        /**
         * Update an automation
         * @description Changes an automation's name, prompt template or secrets.
         */
        put: operations["UpdateAutomation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/automations/{automation_id}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
            };
            cookie?: never;
        };
        /**
         * List an automation's recordings
         * @description Returns every recording of one automation.
         */
        get: operations["ListRecordings"];
        put?: never;
        /**
         * Create a recording
         * @description Registers a recording for the automation and returns a pre-signed URL to upload its file to; the transcription is requested once the file is there.
         */
        post: operations["CreateRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/automations/{automation_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
                /**
                 * @description The ULID of the automation run.
                 * @example 01JR4MZT5NXXH6GDZ65G1Y6D1B
                 */
                run_id: components["parameters"]["run_id"];
            };
            cookie?: never;
        };
        /**
         * Get a run
         * @description Returns one run of an automation, with its status and artifacts.
         */
        get: operations["GetAutomationRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/automations/{automation_id}/recordings/{recording_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
                /**
                 * @description The ULID of the recording.
                 * @example 01JREZQ6K6Q09CS8G99B8BH9R9
                 */
                recording_id: components["parameters"]["recording_id"];
            };
            cookie?: never;
        };
        /**
         * Get a recording
         * @description Returns one recording of an automation, with its transcription when ready.
         */
        get: operations["GetRecording"];
        put?: never;
        /**
         * Transcribe a recording
         * @description Asks for a (new) transcription of a recording. It runs in the background; read it with GetRecording.
         */
        post: operations["CreateTranscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/environments/{environment_id}/schedulers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        /**
         * List an environment's schedulers
         * @description Returns every scheduler of one environment.
         */
        get: operations["ListSchedulers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/environments/{environment_id}/schedulers/{scheduler_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the scheduler.
                 * @example 01JRXPT4W4NRWVZS79ZCKRD96C
                 */
                scheduler_id: components["parameters"]["scheduler_id"];
            };
            cookie?: never;
        };
        /**
         * Get a scheduler
         * @description Returns one scheduler of an environment.
         */
        get: operations["GetScheduler"];
        put?: never;
        /**
         * Run a scheduler now
         * @description Runs the scheduler once, now, without waiting for its next tick; handy for tests and one-off runs.
         */
        post: operations["TriggerScheduler"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/environments/{environment_id}/activations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        /**
         * List an environment's activations
         * @description Returns every activation of one environment.
         */
        get: operations["ListActivations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/environments/{environment_id}/activations/{activation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the activation.
                 * @example 01JRX16A2QAT4FBDEE1QQSA6XV
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        /**
         * Get an activation
         * @description Returns one activation with its user, connections and variables.
         */
        get: operations["GetActivation"];
        put?: never;
        post?: never;
        /**
         * Deactivate an end user
         * @description Deletes an activation: the integration stops running for that user in that environment.
         */
        delete: operations["DeleteActivation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/environments/{environment_id}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set the static variables
         * @description Sets variables of the environment's static activation (the one that is not tied to an end user). The values are checked against the project's variables schema.
         */
        patch: operations["SetStaticUserVariables"];
        trace?: never;
    };
    "/o/{organisation_id}/environments/{environment_id}/config": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update an environment's infrastructure
         * @description Replaces an environment's infrastructure settings: replicas, autoscaling, static IP and resources.
         */
        put: operations["UpdateEnvironmentConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/environments/{environment_id}/activations/{activation_id}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the activation.
                 * @example 01JRX16A2QAT4FBDEE1QQSA6XV
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set an activation's variables
         * @description Sets variables of one activation. The values are checked against the project's variables schema.
         */
        patch: operations["SetDynamicVariables"];
        trace?: never;
    };
    "/o/{organisation_id}/environments/{environment_id}/activations/{activation_id}/variables/{variable_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the activation.
                 * @example 01JRX16A2QAT4FBDEE1QQSA6XV
                 */
                activation_id: components["parameters"]["activation_id"];
                /**
                 * @description The variable's name, as the project's variables schema defines it.
                 * @example warehouse
                 */
                variable_name: components["parameters"]["variable_name"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set one variable of an activation
         * @description Sets one variable of an activation, by name. The value is checked against the project's variables schema.
         */
        put: operations["SetDynamicVariable"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/environment/{environment_id}/users/{external_user_id}/activations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The end user, by the organisation's identifier (`externalId`).
                 * @example cust-48213
                 */
                external_user_id: components["parameters"]["external_user_id"];
            };
            cookie?: never;
        };
        /**
         * List an end user's activations
         * @description Returns every activation of one end user in one environment; the user is given by the organisation's identifier.
         */
        get: operations["ListUserActivations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The end user, by the organisation's identifier (`externalId`) or the platform's ULID.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /**
         * Get an end user
         * @description Returns one end user, by the organisation's identifier or the platform's ULID.
         */
        get: operations["GetEndUser"];
        put?: never;
        post?: never;
        /**
         * Delete an end user
         * @description Deletes one end user, by the organisation's identifier or the platform's ULID.
         */
        delete: operations["DeleteEndUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/environment-systems/{env_system_id}/activations/{activation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connection template (a system as one environment uses it).
                 * @example 01JRYR64PT6H1MZ1EBFNZKNSEX
                 */
                env_system_id: components["parameters"]["env_system_id"];
                /**
                 * @description The ULID of the activation.
                 * @example 01JRX16A2QAT4FBDEE1QQSA6XV
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        /**
         * Get an activation's connection
         * @description Returns the connection one activation uses for one connection template (`env_system_id`).
         */
        get: operations["GetActivationConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List systems
         * @description Returns the organisation's systems, a page at a time; `search` narrows them down.
         */
        get: operations["ListSystems"];
        put?: never;
        /**
         * Create a system
         * @description Creates a system with its base URL and the ways it accepts credentials.
         */
        post: operations["CreateSystem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems/{system_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        /**
         * Get a system
         * @description Returns one system.
         */
        get: operations["GetSystem"];
        /**
         * Update a system
         * @description Changes a system's name, domain or base URL.
         */
        put: operations["UpdateSystem"];
        post?: never;
        /**
         * Delete a system
         * @description Deletes a system. A system that a project uses cannot be deleted: ListProjectConnectionTemplates shows which ones do.
         */
        delete: operations["DeleteSystem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems/{system_id}/projects/{project_id}/actions-link": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link actions to a project
         * @description Makes existing actions of the system available to a project.
         */
        post: operations["LinkSystemActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems/{system_id}/projects/{project_id}/triggers-link": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link triggers to a project
         * @description Makes existing triggers of the system available to a project.
         */
        post: operations["LinkSystemTriggers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems/{system_id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        /**
         * List a system's actions
         * @description Returns the system's actions; with `project_id`, only those the project uses.
         */
        get: operations["ListSystemActions"];
        put?: never;
        /**
         * Create actions
         * @description Adds actions to a system, and links them to a project when the body names one.
         */
        post: operations["CreateSystemActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems/{system_id}/actions/{action_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The ULID of the action.
                 * @example 01JR117R9X31XDKC51TTFEH8HF
                 */
                action_id: components["parameters"]["action_id"];
            };
            cookie?: never;
        };
        /**
         * Get an action
         * @description Returns one action of a system.
         */
        get: operations["GetSystemAction"];
        /**
         * Update an action
         * @description Replaces one action of a system.
         */
        put: operations["UpdateSystemAction"];
        post?: never;
        /**
         * Delete an action
         * @description Deletes one action of a system.
         */
        delete: operations["DeleteSystemAction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems/{system_id}/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        /**
         * List a system's triggers
         * @description Returns the system's triggers; with `project_id`, only those the project uses.
         */
        get: operations["ListSystemTriggers"];
        put?: never;
        /**
         * Create triggers
         * @description Adds triggers to a system, and links them to a project when the body names one.
         */
        post: operations["CreateSystemTriggers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems/{system_id}/auth-scheme-configs/{auth_scheme_config_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The id of the authentication configuration, as chosen by its author.
                 * @example 01JRH9Y0GMSHGBSKEQ93AATC1N
                 */
                auth_scheme_config_id: components["parameters"]["auth_scheme_config_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace an authentication configuration
         * @description Stores one way the system accepts credentials under the id in the path: it is created when the system has none with that id, replaced otherwise. The id in the path and the one in the body must be the same.
         */
        put: operations["UpsertAuthSchemeConfig"];
        post?: never;
        /**
         * Delete an authentication configuration
         * @description Removes one way the system accepts credentials.
         */
        delete: operations["DeleteAuthSchemeConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * List an environment's static connections
         * @description Returns the static connections (those of no end user) of one environment of the project, chosen by `env_id`.
         */
        get: operations["ListEnvironmentConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/connection-templates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * List connection templates
         * @description Returns the connection templates of one environment of the project (chosen by `env_id`): the systems its code connects to.
         */
        get: operations["ListProjectConnectionTemplates"];
        put?: never;
        /**
         * Create a connection template
         * @description Adds a system to a project environment under the name the project's code uses for it.
         */
        post: operations["CreateConnectionTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/{project_id}/connection-templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the connection template.
                 * @example 01JRYR64PT6H1MZ1EBFNZKNSEX
                 */
                template_id: components["parameters"]["template_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a connection template
         * @description Changes a connection template's name, whether it is dynamic, or the authentication configurations it uses.
         */
        put: operations["UpdateConnectionTemplate"];
        post?: never;
        /**
         * Delete a connection template
         * @description Removes a system from the project environment.
         */
        delete: operations["DeleteConnectionTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems/{system_id}/oauth2/initialise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an OAuth 2.0 connection
         * @description Returns the URL of the provider's authorisation page to send the user to. Only URLs made here work: the platform sets a `state` and checks it when the provider redirects back. Besides your own `additionalParams`, the URL carries `redirect_uri` (the request's `redirectUrl`, or the platform's own callback page without one), `state`, `scope`, `prompt`, `response_type=code` and `client_id` (see OpenID Connect Core, section 3.1.2.1).
         */
        post: operations["InitialiseOAuth2Connection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/systems/{system_id}/oauth1/initialise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an OAuth 1.0 connection
         * @description Returns the URL of the provider's authorisation page to send the user to.
         */
        post: operations["InitialiseOAuth1Connection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List issues
         * @description Returns the organisation's issues, narrowed by status, severity, project and environment, at most `first` at a time. The answer is a plain array with no cursor of its own: the next page is the one `after` the id of the last issue received, and an empty array means there is nothing more. Issue ids are ULIDs, which begin with the issue's creation time, so the pages follow `createdAt`; that is the order the published description gives for `after` and `before`, and the platform's CLI pages this list by the last issue's id.
         */
        get: operations["ListIssues"];
        put?: never;
        /**
         * Open an issue
         * @description Opens an issue for a project environment.
         */
        post: operations["CreateIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/issues/{issue_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the issue.
                 * @example 01JR92PJKGD6B0N4AMJG91P5JJ
                 */
                issue_id: components["parameters"]["issue_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an issue
         * @description Changes the fields given; the others stay as they are. Use it to acknowledge, resolve or close an issue.
         */
        patch: operations["UpdateIssue"];
        trace?: never;
    };
    "/o/{organisation_id}/notification_channels": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List notification channels
         * @description Returns the organisation's notification channels.
         */
        get: operations["ListNotificationChannels"];
        put?: never;
        /**
         * Create a notification channel
         * @description Creates a channel that notifications can be sent to.
         */
        post: operations["CreateNotificationChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/notification_channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the notification channel.
                 * @example 01JRGTKWN66Y6QTNP09T4GF64J
                 */
                channel_id: components["parameters"]["channel_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a notification channel
         * @description Deletes a notification channel.
         */
        delete: operations["DeleteNotificationChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * List a project's notifications
         * @description Returns the project's notifications; with `env_id`, those of one environment.
         */
        get: operations["ListProjectNotifications"];
        put?: never;
        /**
         * Create a project notification
         * @description Subscribes a project environment to a notification channel.
         */
        post: operations["CreateProjectNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/notifications/{notification_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the project notification.
                 * @example 01JRQGFC09Y7RBAXR9DJTPQXZK
                 */
                notification_id: components["parameters"]["notification_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a project notification
         * @description Removes a notification of the project.
         */
        delete: operations["DeleteProjectNotification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/metricssummary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * Get the organisation's key figures
         * @description Returns deployed projects, executions and errors of the organisation, now and for the period before.
         */
        get: operations["GetOrganisationMetricsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/projects/metricssummary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * Get every project's key figures
         * @description Returns executions, errors and latency of each project, now and for the period before.
         */
        get: operations["GetProjectMetricsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/store": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List KV stores
         * @description Returns the organisation's key-value stores.
         */
        get: operations["ListStores"];
        put?: never;
        /**
         * Create a KV store
         * @description Creates a key-value store; its ULID is what the KV operations take as `store`.
         */
        post: operations["CreateStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/{store}/kv/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
                /**
                 * @description The key, as one path segment (for keys of several parts use the batch operations). `batch`, `list` and `count` cannot be used: those paths belong to other operations.
                 * @example order-1042
                 */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        /**
         * Read a key
         * @description Returns the value stored under `key`, or 404 when there is none. A key that equals the last segment of another KV path (`batch`, `list` or `count`) cannot be addressed here: that path belongs to another operation. Use BatchGetKV for such a key.
         */
        get: operations["GetKV"];
        /**
         * Write a key
         * @description Stores a value under `key`, subject to the options (expiry, `ifNotExists`, `ifVersionstamp`). The keys `batch`, `list` and `count` cannot be written here (`PUT .../kv/batch` is BatchSetKV); use BatchSetKV for them.
         */
        put: operations["SetKV"];
        post?: never;
        /**
         * Delete a key
         * @description Deletes the entry under `key`; with `cascade`, every key that starts with it too. The keys `batch`, `list` and `count` cannot be deleted here (`DELETE .../kv/batch` is BatchDeleteKV); use BatchDeleteKV for them.
         */
        delete: operations["DeleteKV"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/{store}/kv/batch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Write several keys
         * @description Writes several entries in one request and reports the outcome of each.
         */
        put: operations["BatchSetKV"];
        /**
         * Read several keys
         * @description Returns the entries of several keys in one request; keys without an entry are left out.
         */
        post: operations["BatchGetKV"];
        /**
         * Delete several keys
         * @description Deletes the entries of several keys in one request.
         */
        delete: operations["BatchDeleteKV"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/{store}/kv/list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List entries
         * @description Returns entries in key order, a page at a time, narrowed by key prefix, creation time and metadata. The answer's `pagination.nextCursor` goes back as `selector.after` for the next page; `paginate.listKV` follows it for you.
         */
        post: operations["ListKV"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/{store}/kv/count": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count entries
         * @description Returns how many entries the store holds, or how many start with a key prefix.
         */
        post: operations["CountKV"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A ULID: 26 characters of Crockford base32.
         * @example 01JR1BZQCYS9AMYX9277MZHQ8C
         */
        Ulid: string;
        /** @description The key of a KV entry: a list of string parts, like a path (`["orders", "1042"]`). */
        KVKey: string[];
        /** @description One entry of a KV store, as read back. */
        KVEntry: {
            key: components["schemas"]["KVKey"];
            /** @description The stored value: any JSON value. */
            value: {
                [key: string]: unknown;
            } | unknown[] | string | number | boolean | null;
            /** @description Changes on every write of the entry; send it back in `ifVersionstamp` for a conditional write. */
            versionstamp: string;
            /**
             * Format: date-time
             * @description When the entry was first written.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the entry expires, or null when it does not.
             */
            expiresAt?: string | null;
        };
        /** @description One entry of a batch that could not be written. */
        KVBatchFailure: {
            key: components["schemas"]["KVKey"];
            /** @description Why the write failed. */
            error: string;
        };
        /** @description The outcome of writing one entry. */
        KVCommitResult: {
            /** @description Whether the write succeeded. */
            ok: boolean;
            /** @description The entry's new versionstamp. */
            versionstamp: string;
            /** @description Whether the write was committed (false when a condition such as `ifNotExists` stopped it). */
            committed: boolean;
        };
        /** @description What happened to each entry of a batch write. */
        KVBatchResult: {
            /** @description The entries that were written. */
            successes: components["schemas"]["KVCommitResult"][];
            /** @description The entries that were not written, with the reason. */
            failures: components["schemas"]["KVBatchFailure"][];
        };
        /** @description Options of a write: expiry, conditions and metadata. */
        SetOptions: {
            /** @description Time to live, in milliseconds from now. */
            expireIn?: number;
            /**
             * Format: date-time
             * @description A fixed time at which the entry expires.
             */
            expireAt?: string;
            /** @description Restart the time to live each time the entry is read. */
            refreshOnAccess?: boolean;
            /** @description Write only when the entry's current versionstamp is this one (optimistic concurrency). */
            ifVersionstamp?: string;
            /** @description Write only when the key has no entry yet. */
            ifNotExists?: boolean;
            /** @description Whether an existing value may be replaced. */
            overwrite?: boolean;
            /** @description Extra data kept with the entry; `ListKV` can filter on it. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description Options of a read. */
        GetOptions: {
            /** @description How long the platform may spend on the read, in milliseconds. */
            timeout?: number;
        };
        /** @description Options of a listing. */
        ListOptions: {
            /**
             * @description At most this many entries per answer.
             * @default 100
             */
            limit?: number;
            /** @description List in descending key order. */
            reverse?: boolean;
        };
        /** @description Options of a delete. */
        DeleteOptions: {
            /** @description Delete only when the entry's current versionstamp is this one. */
            ifVersionstamp?: string;
            /** @description Also delete every key that starts with this key (a prefix delete). */
            cascade?: boolean;
        };
        /** @description Conditions an entry must meet to be listed. */
        KVFilter: {
            /**
             * Format: date-time
             * @description Only entries created after this time.
             */
            createdAfter?: string;
            /**
             * Format: date-time
             * @description Only entries created before this time.
             */
            createdBefore?: string;
            /** @description Only entries whose metadata holds these properties and values. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description Which entries a listing covers: a key prefix, a cursor and filters. */
        ListSelector: {
            /** @description Only keys that start with these parts. */
            prefix?: string[];
            /** @description A cursor (`pagination.prevCursor` of an earlier answer): list the entries before it. */
            before?: string;
            /** @description A cursor (`pagination.nextCursor` of an earlier answer): list the entries after it. */
            after?: string;
            filter?: components["schemas"]["KVFilter"];
        };
        /** @description A new KV store. */
        CreateStoreRequest: {
            /** @description A name for the store, unique in the organisation. */
            name?: string;
        };
        /** @description The store that was created. */
        CreateStoreResponse: {
            /** @description The store's ULID, which the KV operations take as `store`. */
            id?: components["schemas"]["Ulid"];
        };
        /** @description One entry of a batch write. */
        BatchEntry: {
            /** @description The key to write, as a list of parts. */
            key: components["schemas"]["KVKey"];
            /** @description The value to store: any JSON value. */
            value: {
                [key: string]: unknown;
            } | unknown[] | string | number | boolean | null;
            options?: components["schemas"]["SetOptions"];
        };
        /** @description The entries of a batch write. */
        BatchEntries: components["schemas"]["BatchEntry"][];
        /** @description Several entries to write in one request. */
        BatchSetKVRequest: {
            entries: components["schemas"]["BatchEntries"];
        };
        /** @description A KV store of the organisation. */
        Store: {
            /** @description The store's name. */
            name?: string;
            /** @description The organisation that owns the store. */
            orgId?: components["schemas"]["Ulid"];
            /** @description The store's ULID. */
            id?: components["schemas"]["Ulid"];
        };
        /** @description The organisation's KV stores. */
        ListStoresResponse: {
            /** @description Every store, in no particular order. */
            stores?: components["schemas"]["Store"][];
        };
        /** @description The value stored under a key, with its versionstamp and times. */
        GetKVResponse: {
            /** @description The stored value. */
            value?: string | number | string[] | {
                [key: string]: unknown;
            };
            /** @description The entry's current versionstamp. */
            versionstamp?: string;
            /**
             * Format: date-time
             * @description When the entry was first written.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the entry expires; absent when it does not.
             */
            expiresAt?: string;
        };
        /** @description The outcome of a single write. */
        SetKVResponse: {
            /** @description The entry's new versionstamp. */
            versionstamp?: string;
            /** @description Whether the write was committed (false when a condition stopped it). */
            committed?: boolean;
            /** @description Whether the request succeeded. */
            ok?: boolean;
        };
        /** @description The outcome of a delete. */
        DeleteKVResponse: {
            /** @description A short status text. */
            status?: string;
        };
        /** @description The outcome of a batch delete. */
        BatchDeleteKVResponse: {
            /** @description A short status text. */
            status?: string;
        };
        /** @description The entries found for the keys asked for. */
        BatchGetKVResponse: {
            /** @description One entry per key that exists; keys without an entry are left out. */
            entries: components["schemas"]["KVEntry"][];
        };
        /** @description What happened to each entry of the batch. */
        BatchSetKVResponse: components["schemas"]["KVBatchResult"];
        /** @description One page of a listing of entries. */
        ListKVResponse: {
            /** @description The entries of this page, in key order. */
            data: components["schemas"]["KVEntry"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description What to list and how. */
        ListKVRequest: {
            options?: components["schemas"]["ListOptions"];
            selector?: components["schemas"]["ListSelector"];
        };
        /** @description Which entries to count. */
        CountSelector: {
            /** @description Only keys that start with these parts; every entry when absent. */
            prefix?: string[];
        };
        /** @description What to count. */
        CountKVRequest: {
            selector?: components["schemas"]["CountSelector"];
        };
        /** @description How many entries matched. */
        CountKVResponse: {
            /** @description The number of matching entries. */
            count?: number;
        };
        /** @description Cursors of a KV listing. */
        Pagination: {
            /** @description Send it as `selector.after` to get the next page; empty when this page is the last. */
            nextCursor: string;
            /** @description Send it as `selector.before` to get the previous page; empty on the first page. */
            prevCursor: string;
        };
        /** @description An end user switched on for one environment of a project, with the connections and variables the integration uses for them. */
        Activation: {
            /** @description The activation's ULID. */
            id: components["schemas"]["Ulid"];
            user: components["schemas"]["EndUser"];
            environment?: components["schemas"]["ProjectEnvironment"];
            /** @description The connections the integration uses for this user, one per connection template. */
            connections?: components["schemas"]["Connection"][];
            /** @description The values of the project's dynamic variables for this user. */
            dynamicVariables?: components["schemas"]["DynamicVariables"];
        };
        /** @description Activations, in no particular order. */
        ActivationsList: components["schemas"]["Activation"][];
        /** @description Switches an end user on for an environment. */
        ActivationCreate: {
            /** @description The end user, by the platform's ULID or by the organisation's own identifier (`externalId`). */
            userId: string;
            /** @description The environment the user is activated in. */
            environmentId: components["schemas"]["Ulid"];
            /** @description One item per connection template of the environment: a new connection or an existing one. */
            connections: {
                connectionTemplateId: components["schemas"]["TemplateID"];
                /** @description A connection to create for the user. */
                connection?: components["schemas"]["ConnectionCreate"];
                /** @description A connection that already exists, to use instead of a new one. Ignored when `connection` is given. */
                existingConnectionId?: components["schemas"]["Ulid"];
            }[];
            /** @description Values for the project's dynamic variables; checked against the project's variables schema. */
            dynamicVariables?: components["schemas"]["DynamicVariables"];
        };
        /** @description A connection to create: a name and the credentials. */
        ConnectionCreate: {
            /** @description A name for the connection. */
            name: string;
            credentials: components["schemas"]["ConnectionCredentialsCreate"];
            /**
             * Format: uri
             * @description Overrides the system's base URL for this connection, for users with their own instance of a service (only the scheme and host are kept; `https://` is assumed when no scheme is given).
             */
            baseUrl?: string;
        };
        /** @description A connection to create against one connection template. */
        EnvSystemConnectionCreate: {
            connectionTemplateId: components["schemas"]["TemplateID"];
            connection: components["schemas"]["ConnectionCreate"];
            /** @description The end user the connection belongs to, by the organisation's identifier. Without it the connection is static (shared, not tied to a user). */
            externalId?: string;
        };
        /** @description The connection template a connection is linked to or unlinked from. */
        LinkConnectionEnvironment: {
            connectionTemplateId: components["schemas"]["TemplateID"];
        };
        /** @description Which environment to copy, and the name of the copy. */
        CloneEnvironmentRequest: {
            /** @description The environment to copy. */
            oldEnvName: string;
            /** @description The name of the new environment. */
            newEnvName: string;
            /** @description The execution pool of the new environment; the source's when absent. */
            executionPool?: string;
            /**
             * @description Also copy the source environment's systems.
             * @default false
             */
            cloneSystems?: boolean;
            /**
             * @description Also copy the source environment's static user variables.
             * @default false
             */
            copyStaticUserVariables?: boolean;
        };
        /** @description The environment whose deployment is copied, and the one it is copied to. */
        SyncEnvironmentsRequest: {
            /** @description The environment to copy from. */
            sourceEnvName: string;
            /** @description The environment to copy to. */
            targetEnvName: string;
        };
        /** @description The execution pool to move an environment to. */
        ChangeEnvironmentExecutionPoolRequest: {
            /** @description The name of the execution pool. */
            executionPool: string;
        };
        /** @description A new project. */
        ProjectCreate: {
            /** @description The project's name. */
            name: string;
            /** @description Where the project's environments run (see ListExecutionPools). It cannot be changed later. */
            executionPool?: string;
        };
        /** @description The project fields to change. Files and deployments are not touched. */
        ProjectUpdate: {
            /** @description A new name. */
            name?: string;
            settings?: components["schemas"]["ProjectSettings"];
            metadata?: components["schemas"]["ProjectMetadata"];
        };
        /** @description Behaviour switches of a project. */
        ProjectSettings: {
            /** @description Apply code changes proposed by the assistant without asking. */
            acceptCodeChangesAutomatically?: boolean;
            /** @description In tests, let AI mock the external systems instead of calling them through the project's connections (the default). */
            testingMockWithAI?: boolean;
            /** @description Which version of the planning chat the project uses. */
            planningChatVersion?: string;
            /** @description Whether chat messages are kept in the database rather than the message bus (false by default). */
            chatStoredInDB?: boolean;
            /**
             * @description The environment marked as the project's default; the platform's web app opens it first. It changes nothing about deployments.
             * @example production
             */
            defaultEnvironment?: string;
        };
        /** @description Extra data kept with a project. */
        ProjectMetadata: {
            /** @description Sentiment scores recorded for the project, oldest first. */
            sentimentHistory?: components["schemas"]["Sentiment"][];
        };
        /** @description One sentiment score recorded for a project. */
        Sentiment: {
            /**
             * Format: date-time
             * @description When the score was recorded.
             */
            timestamp: string;
            /** @description The score. */
            sentimentScore: number;
            /** @description The chat message the score is about. */
            messageId: string;
        };
        /** @description A sentiment score to record. */
        SentimentRequest: {
            /** @description The score. */
            sentimentScore: number;
            /** @description The chat message the score is about. */
            messageId: string;
        };
        /** @description The organisation's projects. */
        ProjectsList: {
            /** @description Every project, without their files. */
            projects: components["schemas"]["ProjectSummary"][];
        };
        /** @description A project without its files: what listings show. */
        ProjectSummary: {
            /** @description The project's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The project's name. */
            name: string;
            /**
             * Format: date-time
             * @description When the project was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the project last changed.
             */
            updatedAt: string;
            /** @description The project's environments. */
            environments: components["schemas"]["ProjectEnvironment"][];
            /** @description Whether the organisation has starred the project, marking it as an example to follow; coding assistants may be shown starred projects as patterns. Set with StarProject and UnstarProject. */
            starred: boolean;
        };
        /** @description A JSON Schema for the values of a project's dynamic variables: which variables end users may set, and their types. */
        DynamicVariablesSchema: {
            [key: string]: unknown;
        };
        /** @description One change to a project's variables schema. */
        DynamicVariablesSchemaPatch: {
            /**
             * @description Whether to add, remove or replace the part at `path`.
             * @enum {string}
             */
            op: "add" | "remove" | "replace";
            /** @description Where in the schema to change, as a dotted path: `.region` for the variable `region`. */
            path: string;
            /** @description The JSON Schema to put at `path`, such as `{"region": {"type": "string"}}`; not needed to remove. */
            value?: {
                [key: string]: unknown;
            };
        };
        /** @description A project: the code of an integration (its files), its settings and the environments it is deployed to. */
        Project: {
            /** @description The project's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The project's environments, such as production and staging. */
            environments: components["schemas"]["ProjectEnvironment"][];
            /** @description The project's name. */
            name: string;
            /** @description The project's files as they are now, which may differ from what an environment runs. */
            currentFiles: components["schemas"]["Files"];
            /**
             * Format: date-time
             * @description When the project was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the project last changed.
             */
            updatedAt: string;
            /** @description The schema of the variables end users set on activation. */
            dynamicVariablesSchema?: components["schemas"]["DynamicVariablesSchema"];
            settings: components["schemas"]["ProjectSettings"];
            metadata: components["schemas"]["ProjectMetadata"];
            /** @description Whether the organisation has starred the project, marking it as an example to follow; coding assistants may be shown starred projects as patterns. Set with StarProject and UnstarProject. */
            starred: boolean;
        };
        /** @description One environment of a project: where a version of it is deployed and runs. */
        ProjectEnvironment: {
            /** @description The environment's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The environment's name, unique in the project (such as `production`). */
            name: string;
            /** @description The environment's state: `running`, `suspended`, `error` or `draft`. */
            status: string;
            /**
             * Format: date-time
             * @description When the environment was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the environment last changed.
             */
            updatedAt: string;
            /** @description The URL the deployed integration answers on (its webhooks and HTTP triggers). */
            publicUrl: string;
            /** @description The execution pool the environment runs in. */
            executionPool?: string;
            /** @description The files the environment runs. */
            files?: components["schemas"]["File"][];
            labels?: components["schemas"]["Labels"];
            config: components["schemas"]["EnvironmentConfig"];
            /** @description The version the environment runs, once deployed. */
            deployedVersion?: components["schemas"]["ProjectVersion"];
        };
        /** @description A saved, named set of a project's files that can be deployed. */
        ProjectVersion: {
            /** @description The version's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description A short name, unique in the project. */
            name: string;
            /** @description What the version changes. */
            description?: string;
            /** @description Labels of the version. */
            labels?: {
                [key: string]: string;
            };
            state: components["schemas"]["VersionState"];
            /**
             * Format: date-time
             * @description When the version was created.
             */
            createdAt: string;
        };
        /**
         * @description Where a version is in its life: `draft`, `failed` (its build failed), `ready` to deploy, or `superseded` by a newer one.
         * @enum {string}
         */
        VersionState: "draft" | "failed" | "ready" | "superseded";
        /** @description A page of a project's versions. */
        VersionPage: components["schemas"]["PageInfo"] & {
            /** @description The versions of this page. */
            items: components["schemas"]["ProjectVersion"][];
        };
        /** @description The execution pools the organisation can deploy to. */
        ExecutionPoolList: {
            /** @description Every pool. */
            executionPools: components["schemas"]["ExecutionPool"][];
        };
        /** @description Infrastructure a project's environments run on. Projects use Versori's own pool unless told otherwise. */
        ExecutionPool: {
            /** @description The pool's name. */
            name: string;
        };
        /** @description A new version of a project. */
        CreateProjectVersion: {
            /** @description A short name, unique in the project. */
            name: string;
            /** @description What the version changes. */
            description?: string;
            /** @description Labels of the version. */
            labels?: {
                [key: string]: string;
            };
            /** @description The files of the version. */
            files: components["schemas"]["File"][];
        };
        /** @description One file of a project. */
        File: {
            /** @description The file's path in the project, such as `src/index.ts`. */
            filename: string;
            /** @description The file's text. */
            content: string;
        };
        /** @description Settings of a version deployment; none are defined yet, so send an empty object. */
        ProjectVersionDeploy: {
            [key: string]: unknown;
        };
        /** @description The files to deploy, and the name of the version that is made from them first. */
        ProjectDeployPayload: components["schemas"]["Files"] & {
            /** @description Name of the version made before deploying; the platform picks one when this is the empty string. */
            versionName: string;
            /** @description Description of that version. */
            versionDescription?: string;
        };
        /** @description A project's files and labels. */
        Files: {
            /** @description The files. */
            files: components["schemas"]["File"][];
            /** @description Labels of the project, as string pairs. */
            labels: {
                [key: string]: string;
            };
        };
        /** @description One field of the request that failed validation. */
        ErrorField: {
            /** @description Path to the field, with dots and array indexes, such as `connections[0].name`. */
            field: string;
            /** @description What is wrong with this field. */
            message: string;
        };
        /** @description The body of every error answer of the platform. */
        Error: {
            /** @description A stable, machine-readable error code. */
            code: string;
            /** @description A human-readable explanation. */
            message: string;
            /** @description The fields that failed validation, when the error is about the request body. */
            fields?: components["schemas"]["ErrorField"][];
            /** @description Extra detail for humans, such as a hint to resolve the error. */
            details?: string;
        };
        /** @description One log line of a project's environment. */
        Log: {
            /** @description When the line was written. */
            timestamp: string;
            /** @description The line's level. */
            severity: string;
            /** @description The text of the line. */
            message: string;
            /** @description The error, when the line reports one. */
            error?: string;
            /** @description The HTTP request the line is about, when there is one. */
            httpRequest?: {
                [key: string]: unknown;
            };
            /** @description Structured fields of the line. */
            fields?: {
                [key: string]: unknown;
            };
        };
        /** @description A page of log lines. */
        Logs: {
            /** @description The lines of this page. */
            logs: components["schemas"]["Log"][];
            /** @description Pass it back (`next_token`, or `nextToken` in a search) for the next page; absent on the last page. */
            nextToken?: string;
        };
        /** @description What to search the logs for, and how to page. */
        LogSearch: {
            /** @description Search the build logs instead of the run logs. */
            build?: boolean;
            /** @description Only lines written at or after this time. */
            startTime?: string;
            /** @description Only lines written before this time. */
            endTime?: string;
            /** @description The order of the lines. */
            order?: string;
            /** @description Only lines of the latest deployed version. */
            latest?: boolean;
            /** @description The `nextToken` of the previous page, to get the next one. */
            nextToken?: string;
            /** @description At most this many lines per page. */
            first?: number;
            /** @description Conditions every line must meet. */
            filters?: {
                /** @description The field to match (for `eq`, `not_eq`, `reg_eq`, `not_reg_eq`); empty for the full-text matches `search` and `not_search`. */
                field?: string;
                /** @description The value or regular expression to match. */
                value: string;
                /** @description How to match: `eq`, `not_eq`, `reg_eq`, `not_reg_eq` (on `field`), `search` or `not_search` (full text). */
                match: string;
            }[];
        };
        /** @description Paging details shared by the cursor-paged lists. */
        PageInfo: {
            /** @description How many items the whole list holds. */
            totalCount: number;
            /** @description Cursor of the next page (send it as `after`); absent on the last page. */
            next?: string;
            /** @description Cursor of the previous page (send it as `before`); absent on the first page. */
            prev?: string;
        };
        /** @description The ULID of the connection template a connection is made for. */
        TemplateID: components["schemas"]["Ulid"];
        /** @description A connection's new name, credentials and base URL. */
        ConnectionUpdate: {
            /** @description The connection's name, unique among the system's connections. */
            name: string;
            credentials: components["schemas"]["ConnectionCredentials"];
            /**
             * Format: uri
             * @description Overrides the system's base URL for this connection; the empty string keeps the system's.
             */
            baseUrl: string;
        };
        /** @description Credentials for one system, with the settings the integration uses when it calls that system. */
        Connection: {
            /** @description The connection's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The connection's name, unique among the system's connections. */
            name: string;
            credentials: components["schemas"]["ConnectionCredentials"];
            /**
             * Format: uri
             * @description Overrides the system's base URL for this connection, for users with their own instance of a service.
             */
            baseUrl?: string;
            /**
             * Format: date-time
             * @description When the connection was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the connection last changed.
             */
            updatedAt: string;
            /** @description The system the connection is for. */
            systemId?: components["schemas"]["Ulid"];
            connectionTemplateId?: components["schemas"]["TemplateID"];
        };
        /** @description The credentials of a connection. When there are several, they are applied to each request in this order (for a system that needs, say, both a session token and an API key). */
        ConnectionCredentials: components["schemas"]["ConnectionCredential"][];
        /** @description A page of connections. */
        ConnectionPage: components["schemas"]["PageInfo"] & {
            /** @description The connections of this page. */
            items: components["schemas"]["Connection"][];
        };
        /** @description A credential, and the authentication configuration that says how it is sent to the system. */
        ConnectionCredential: {
            /** @description The ULID of this pairing. */
            id: components["schemas"]["Ulid"];
            authSchemeConfig?: components["schemas"]["AuthSchemeConfig"];
            credential?: components["schemas"]["Credential"];
        };
        /** @description Secret material stored by the platform: an API key, a password, OAuth tokens, a certificate, ... Secret parts are redacted when read back. */
        Credential: {
            /** @description The credential's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The organisation that owns the credential. */
            organisationId: components["schemas"]["Ulid"];
            type?: components["schemas"]["CredentialType"];
            /** @description The credential's name. */
            name?: string;
            /** @description Problems found when the credential was checked. Absent: not checked yet; empty: valid. */
            errors?: string[];
            data?: components["schemas"]["CredentialData"];
            /**
             * Format: date-time
             * @description When the platform deletes the credential by itself.
             */
            expiresAt?: string;
        };
        /** @description The content of a credential: the member named after the credential's `type` is set. */
        CredentialData: {
            binary?: components["schemas"]["CredentialDataBinary"];
            none?: components["schemas"]["CredentialDataNone"];
            string?: components["schemas"]["CredentialDataString"];
            basicAuth?: components["schemas"]["CredentialDataBasicAuth"];
            oauth2Client?: components["schemas"]["CredentialDataOAuth2Client"];
            oauth2Token?: components["schemas"]["CredentialDataOAuth2Token"];
            oauth2Code?: components["schemas"]["CredentialDataOAuth2Code"];
            oauth2Password?: components["schemas"]["CredentialDataOAuth2Password"];
            certificate?: components["schemas"]["CredentialDataCertificate"];
            oauth1?: components["schemas"]["CredentialDataOAuth1"];
            oauth1Token?: components["schemas"]["CredentialDataOAuth1Token"];
        };
        /**
         * @description The kind of a credential, which decides the member of `data` that is set.
         * @enum {string}
         */
        CredentialType: "none" | "string" | "binary" | "basic-auth" | "oauth2-client" | "oauth1" | "oauth1-token" | "oauth2-code" | "oauth2-password" | "oauth2-token" | "certificate";
        /** @description No data: the system needs no credential. */
        CredentialDataNone: Record<string, never>;
        /** @description A single secret string, such as an API key. Redacted when read back. */
        CredentialDataString: {
            /** @description The secret; redacted when read back. */
            value: string;
        };
        /** @description A username and password for HTTP basic authentication. */
        CredentialDataBasicAuth: {
            /** @description The username. */
            username: string;
            /** @description The password; redacted when read back. */
            password: string;
        };
        /** @description A client certificate for TLS, with its key and the CA to trust. */
        CredentialDataCertificate: {
            /** @description The client certificate (PEM). */
            certificate: string;
            /** @description The certificate's private key (PEM). */
            key: string;
            /** @description The certificate authority the server's certificate is checked against (PEM). */
            ca: string;
        };
        /** @description A resource owner's username and password for the OAuth 2.0 `password` grant. */
        CredentialDataOAuth2Password: {
            /** @description The resource owner's username. */
            username: string;
            /** @description The password; redacted when read back. */
            password: string;
        };
        /** @description An OAuth 2.0 client ID and secret, used to get tokens (`client_credentials`, or refreshing an `authorization_code` token). */
        CredentialDataOAuth2Client: {
            /** @description The OAuth 2.0 client ID. */
            clientId: string;
            /** @description The client secret; redacted when read back. */
            clientSecret: string;
            /**
             * Format: uri
             * @description The token endpoint.
             */
            tokenUrl: string;
            /** @description Scopes to ask for, for the `client_credentials` grant. */
            scopes?: string[];
            /** @description Extra form parameters for the token request, URL-encoded (`audience=orders`). */
            additionalParams?: string;
            /** @description Use mutual TLS with the token endpoint; needs `mTLSCredentialId`, or a certificate credential created with the connection. */
            mTLSEnabled?: boolean;
            /** @description The certificate credential used for mutual TLS with the token endpoint. */
            mTLSCredentialId?: string;
        };
        /** @description OAuth 2.0 tokens a user granted. Only `scopes` is readable: the tokens are redacted. */
        CredentialDataOAuth2Token: {
            /** @description The scopes the user consented to. */
            scopes: string[];
            /** @description The access token; redacted when read back. */
            accessToken?: string;
            /**
             * @description The token type.
             * @default Bearer
             */
            tokenType?: string;
            /**
             * Format: date-time
             * @description When the access token expires. Without it the token is used until a call is refused with 401, then refreshed.
             */
            expiresAt?: string;
            /** @description The refresh token; redacted when read back. */
            refreshToken: string;
        };
        /** @description An OAuth 2.0 authorization code, exchanged for tokens when the connection is saved. Read back, the credential is an `oauth2-token`. */
        CredentialDataOAuth2Code: {
            /** @description The authorization code from the redirect. */
            code: string;
            /** @description The `state` from the redirect. */
            state: string;
            /**
             * Format: uri
             * @description The address the provider sent the user back to, when the flow was started with a `redirectUrl` of its own (the same value as in InitialiseOAuth2ConnectionRequest). The token request sends it as `redirect_uri`, which must equal the one the code was issued for. Leave it out when the platform's own callback received the code.
             * @example https://app.example.com/oauth/callback
             */
            redirectUrl?: string;
            /** @description Extra form parameters for the token request, URL-encoded. */
            additionalParams?: string;
        };
        /** @description The result of an OAuth 1.0 authorisation in the browser. */
        CredentialDataOAuth1: {
            /** @description The state the flow started with. */
            state: string;
            /** @description The `oauth_token` from the redirect. */
            oauthToken: string;
            /** @description The `oauth_verifier` from the redirect. */
            oauthVerifier: string;
        };
        /** @description An OAuth 1.0 token and secret obtained elsewhere, skipping the browser flow. */
        CredentialDataOAuth1Token: {
            /** @description The token. */
            token: string;
            /** @description The token secret. */
            tokenSecret: string;
            /** @description Extra parameters to send with signed requests. */
            additionalParams?: components["schemas"]["AdditionalParam"][];
        };
        /** @description A name and value pair. */
        AdditionalParam: {
            /** @description The parameter's name. */
            name: string;
            /** @description The parameter's value. */
            value?: string;
        };
        /** @description Binary secret data such as a key file, base64-encoded. Redacted when read back. */
        CredentialDataBinary: {
            /** @description The data, base64-encoded; redacted when read back. */
            valueBase64: string;
        };
        /** @description How a system expects credentials: `type` names the kind, and the member of the same kind (`apiKey` for `api-key`, ...) holds its settings. */
        AuthSchemeConfig: {
            type: components["schemas"]["AuthSchemeType"];
            none?: components["schemas"]["AuthSchemeConfigNone"];
            apiKey?: components["schemas"]["AuthSchemeConfigAPIKey"];
            basicAuth?: components["schemas"]["AuthSchemeConfigBasicAuth"];
            oauth2?: components["schemas"]["AuthSchemeConfigOAuth2"];
            oauth1?: components["schemas"]["AuthSchemeConfigOAuth1"];
            hmac?: components["schemas"]["AuthSchemeConfigHMAC"];
            certificate?: components["schemas"]["AuthSchemeConfigCertificate"];
        };
        /** @description The system takes an API key in a header, query parameter or cookie. */
        AuthSchemeConfigAPIKey: components["schemas"]["AuthSchemeConfigBase"] & {
            /** @description Name of the header, query parameter or cookie that carries the key. */
            name: string;
            in: components["schemas"]["AuthSchemeConfigAPIKeyIn"];
        };
        /**
         * @description Where in the request the API key goes.
         * @enum {string}
         */
        AuthSchemeConfigAPIKeyIn: "query" | "header" | "cookie";
        /**
         * @description The kinds of authentication configuration.
         * @enum {string}
         */
        AuthSchemeType: "none" | "api-key" | "basic-auth" | "oauth2" | "hmac" | "jwt-bearer" | "certificate" | "oauth1" | "secret";
        /** @description One scope an OAuth 2.0 application may ask for. */
        OAuth2Scope: {
            /** @description The scope as the external system spells it. */
            name: string;
            /** @description A plain explanation of what the scope allows, suitable for a tooltip. */
            description?: string;
        };
        /** @description Fields shared by every kind of authentication configuration. */
        AuthSchemeConfigBase: {
            /** @description Identifier of the configuration, chosen by the caller; it only needs to be unique within the list that holds it. */
            id: components["schemas"]["Ulid"];
            /** @description A label that tells apart configurations of the same kind. */
            description: string;
            /** @description Feedback from the platform's checks of this configuration. Set by the platform; ignored in requests. */
            readonly validationMessages?: components["schemas"]["Message"][];
        };
        /**
         * @description The OAuth 2.0 grant a configuration uses.
         * @enum {string}
         */
        AuthSchemeConfigOAuth2GrantType: "authorizationCode" | "clientCredentials" | "password";
        /** @description Settings of the `authorization_code` grant. Without `credentialId` and `organisationId` the platform stores the client ID and secret in a new credential; with both, the stored credential and settings are merged with the fields sent (absent fields stay). Any other combination is refused with 400. */
        AuthSchemeConfigOAuth2GrantAuthorizationCode: {
            /** @description The credential that holds the client ID and secret. */
            credentialId?: components["schemas"]["Ulid"];
            /** @description The organisation that owns that credential; it may differ from the system's, for systems imported from Versori's library. */
            organisationId?: components["schemas"]["Ulid"];
            /** @description The OAuth 2.0 client ID. Not secret. */
            clientId?: string;
            /** @description The OAuth 2.0 client secret. Accepted on writes, never shown. */
            clientSecret?: string;
        };
        /** @description Settings of the `client_credentials` grant: none, the client ID and secret come with each connection. */
        AuthSchemeConfigOAuth2GrantClientCredentials: {
            [key: string]: unknown;
        };
        /** @description Settings of the `password` grant, stored like those of `authorization_code`: a new credential when `credentialId` and `organisationId` are absent, a merge when both are given. */
        AuthSchemeConfigOAuth2GrantPassword: {
            /** @description The credential that holds the client ID and secret. */
            credentialId?: components["schemas"]["Ulid"];
            /** @description The organisation that owns that credential. */
            organisationId?: components["schemas"]["Ulid"];
            /** @description The OAuth 2.0 client ID. Not secret. */
            clientId?: string;
            /** @description The OAuth 2.0 client secret. Accepted on writes, never shown. */
            clientSecret?: string;
        };
        /** @description The grant an OAuth 2.0 configuration uses: `type` names it, and the member of the same name holds its settings. */
        AuthSchemeConfigOAuth2Grant: {
            authorizationCode?: components["schemas"]["AuthSchemeConfigOAuth2GrantAuthorizationCode"];
            clientCredentials?: components["schemas"]["AuthSchemeConfigOAuth2GrantClientCredentials"];
            password?: components["schemas"]["AuthSchemeConfigOAuth2GrantPassword"];
            type: components["schemas"]["AuthSchemeConfigOAuth2GrantType"];
        };
        /** @description The system needs no authentication. */
        AuthSchemeConfigNone: components["schemas"]["AuthSchemeConfigBase"];
        /** @description The system uses HTTP basic authentication; nothing to configure beyond the shared fields. */
        AuthSchemeConfigBasicAuth: components["schemas"]["AuthSchemeConfigBase"];
        /** @description The system wants a TLS client certificate; nothing to configure beyond the shared fields. */
        AuthSchemeConfigCertificate: components["schemas"]["AuthSchemeConfigBase"];
        /** @description The system uses OAuth 2.0: where to authorise and get tokens, the scopes, and the grant. */
        AuthSchemeConfigOAuth2: components["schemas"]["AuthSchemeConfigBase"] & {
            /**
             * Format: uri
             * @description Where users are sent to authorise the application.
             */
            authorizeUrl?: string;
            /**
             * Format: uri
             * @description Where the platform gets tokens.
             */
            tokenUrl: string;
            /** @description Every scope the application supports; users pick from them when they connect. */
            scopes: components["schemas"]["OAuth2Scope"][];
            /** @description The scopes asked for unless the user picks others. */
            defaultScopes: string[];
            /** @description Extra query parameters for the authorisation URL, URL-encoded. The platform's UI uses them as defaults; InitialiseOAuth2Connection may send others. */
            additionalAuthorizeParams?: string;
            /** @description Extra form parameters for token requests, URL-encoded. */
            additionalTokenParams?: string;
            /** @description Use mutual TLS with the token endpoint. */
            mtlsEnabled?: boolean;
            /** @description The certificate credential for mutual TLS. When absent and `mtlsEnabled` is set, the platform links the system's certificate configuration. */
            mtlsCredentialId?: string;
            /** @description Use PKCE in the authorisation flow. */
            pkce?: boolean;
            grant: components["schemas"]["AuthSchemeConfigOAuth2Grant"];
        };
        /** @description The system uses OAuth 1.0. */
        AuthSchemeConfigOAuth1: components["schemas"]["AuthSchemeConfigBase"] & {
            /** @description When true, users connect with a token and secret they already have (an `oauth1-token` credential) and the endpoints are optional; otherwise they go through the browser flow, which needs all three endpoints. */
            tokenAuth?: boolean;
            /** @description The consumer key. */
            consumerKey: string;
            /** @description The consumer secret. */
            consumerSecret: string;
            /** @description Where temporary credentials are requested. */
            tempCredentialEndpoint?: components["schemas"]["Endpoint"];
            /** @description Where users authorise the application. */
            resourceOwnerAuthorizationEndpoint?: components["schemas"]["Endpoint"];
            /** @description Where the token is obtained. */
            tokenEndpoint?: components["schemas"]["Endpoint"];
            /** @description The signature method: `sha256` or `sha1`. */
            signatureMethod: string;
            /** @description The credential that holds the consumer key and secret. */
            credentialId?: components["schemas"]["Ulid"];
        };
        /** @description An OAuth 1.0 endpoint and the extra parameters it takes. */
        Endpoint: {
            /** @description The endpoint's URL; may hold `{placeholders}`. */
            url: string;
            /** @description Extra parameters sent to the endpoint. */
            additionalParamConfigs?: components["schemas"]["ParameterConfig"][];
            /**
             * @description How the OAuth parameters are sent: in the Authorization header, the form body or the query.
             * @enum {string}
             */
            parameterTransmission?: "AUTH_STYLE_AUTHORIZATION_HEADER" | "AUTH_STYLE_FORM" | "AUTH_STYLE_QUERY";
        };
        /** @description An extra parameter of an OAuth 1.0 endpoint. */
        ParameterConfig: {
            /** @description The parameter's name. */
            parameterName: string;
            /** @description The name to send it under, when it differs. */
            targetName?: string;
            /**
             * @description Where the parameter goes.
             * @enum {string}
             */
            location: "LOCATION_IGNORE" | "LOCATION_BODY" | "LOCATION_HEADER" | "LOCATION_QUERY" | "LOCATION_ENDPOINT" | "LOCATION_HEADER_PARAMETER";
            /**
             * @description Which request uses the parameter.
             * @enum {string}
             */
            usages?: "USAGE_UNKNOWN" | "USAGE_TEMP_CREDENTIAL_ENDPOINT" | "USAGE_TOKEN_REQUEST_ENDPOINT";
            /** @description Whether requests must carry it. */
            required: boolean;
            /** @description Whether users may change its value. */
            modifiable: boolean;
        };
        /**
         * @description Where the signature goes.
         * @enum {string}
         */
        AuthSchemeConfigHMACIn: "query" | "header" | "cookie";
        /** @description Requests are signed with an HMAC, mostly to check that webhook calls come from the system. */
        AuthSchemeConfigHMAC: components["schemas"]["AuthSchemeConfigBase"] & {
            /** @description Name of the header, query parameter or cookie that carries the signature. */
            name: string;
            in: components["schemas"]["AuthSchemeConfigHMACIn"];
            /**
             * @description The hash function.
             * @enum {string}
             */
            algorithm: "sha1" | "sha256" | "sha512";
            /** @description The parts of the request that are signed, in the order they are hashed. */
            digestInputs: ("body" | "url")[];
            /**
             * @description How the signature is encoded.
             * @enum {string}
             */
            encoding: "hex" | "base64" | "base64url";
        };
        /** @description A note for the user about the result of a request, such as a validation finding. */
        Message: {
            /** @description The message itself. */
            text: string;
            severity: components["schemas"]["MessageSeverity"];
            /** @description Further lines that explain the message. */
            detail?: string[];
        };
        /**
         * @description How serious a message is.
         * @enum {string}
         */
        MessageSeverity: "info" | "warning" | "error";
        /** @description What the authorisation URL of an OAuth 2.0 connection is built from. */
        InitialiseOAuth2ConnectionRequest: {
            /** @description The credential that holds the client secret, used when the code is exchanged. */
            credential: {
                /** @description The credential's ULID. */
                id: components["schemas"]["Ulid"];
                /** @description The organisation that owns it; it must be the caller's. */
                organisationId: components["schemas"]["Ulid"];
            };
            /**
             * Format: uri
             * @description The provider's authorisation endpoint.
             */
            authorizeUrl: string;
            /**
             * Format: uri
             * @description Where the provider sends the user back after they authorise (the URL's `redirect_uri`). Without it, the platform's own callback page receives the answer. With it, the page at that address receives `code` and `state` and hands them to CreateConnection (or ActivateUser) as `oauth2Code`, with the same `redirectUrl`. The address must be registered with the provider for the client in `clientId`.
             * @example https://app.example.com/oauth/callback
             */
            redirectUrl?: string;
            /** @description The OAuth 2.0 client ID; it must match the one stored in the credential, or the redirect fails. */
            clientId: string;
            /** @description The scopes to ask for. `offline_access` is added unless `disableOfflineAccess` is set. */
            scopes?: string[];
            /** @description Do not add `offline_access` to the scopes (for providers that do not know it). */
            disableOfflineAccess?: boolean;
            /** @description The `prompt` to send, usually `none`, `login`, `consent` or `select_account` (several joined with `+`). Defaults to `login`, unless `additionalParams` holds `approval_prompt`. */
            prompt?: string;
            /** @description Extra query parameters for the URL, URL-encoded; they must not clash with the ones the platform sets. */
            additionalParams?: string;
        };
        /** @description Where to send the user to authorise. */
        InitialiseOAuth2ConnectionResponse: {
            /** @description The authorisation URL, with `redirect_uri`, `state`, `scope`, `prompt`, `response_type` and `client_id` set. */
            url: string;
        };
        /** @description The credential an OAuth 1.0 connection starts from. */
        InitialiseOAuth1ConnectionRequest: {
            /** @description The credential that holds the consumer key and secret. */
            credential: {
                /** @description The credential's ULID. */
                id: components["schemas"]["Ulid"];
                /** @description The organisation that owns it. */
                organisationId: components["schemas"]["Ulid"];
            };
        };
        /** @description Where to send the user to authorise. */
        InitialiseOAuth1ConnectionResponse: {
            /** @description The provider's authorisation URL. */
            url: string;
        };
        /** @description The credentials of a new connection, applied in this order. */
        ConnectionCredentialsCreate: components["schemas"]["ConnectionCredential"][];
        /** @description One of the organisation's own customers, for whom integrations run. */
        EndUser: {
            /** @description The platform's ULID for the user. Most operations address users by `externalId` instead. */
            id: components["schemas"]["Ulid"];
            /** @description The organisation's own identifier for the user, unique in the organisation and never changed. */
            externalId: string;
            /** @description A readable name; the empty string when none was given. */
            displayName: string;
            /** @description The organisation the user belongs to. */
            organisationId: components["schemas"]["Ulid"];
            /**
             * Format: date-time
             * @description When the user was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the user last changed.
             */
            updatedAt: string;
        };
        /** @description A new end user. */
        EndUserCreate: {
            /** @description The organisation's identifier for the user. It cannot change later, so use a stable id (an account number rather than an email address). */
            externalId: string;
            /** @description A readable name for the user. */
            displayName?: string;
        };
        /** @description A page of end users. */
        EndUserPage: components["schemas"]["PageInfo"] & {
            /** @description The end users of this page. */
            users: components["schemas"]["EndUser"][];
        };
        /** @description An AI automation: a prompt template an agent runs on request. */
        Automation: {
            /** @description The automation's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The automation's name. */
            name: string;
            /**
             * Format: date-time
             * @description When the automation was created.
             */
            createdAt?: string;
            /** @description The prompt the agent starts from. */
            promptTemplate: string;
            /** @description Names of the secrets the automation can use (their values are never returned). */
            secretNames?: string[];
        };
        /** @description What to run the automation with. */
        AutomationRunCreate: {
            /** @description The prompt for this run. */
            prompt: string;
            /** @description At most this many agent steps. */
            maxSteps?: number;
            /**
             * Format: uri
             * @description Where the platform posts the run's result when it ends.
             */
            webhookUrl?: string;
        };
        /** @description One run of an automation. */
        AutomationRun: {
            /** @description The run's ULID. */
            id: components["schemas"]["Ulid"];
            status: components["schemas"]["AutomationJobStatus"];
            /** @description The prompt the run was given. */
            prompt: string;
            /** @description The execution that carried the run out. */
            executionId: string;
            /** @description Files the run produced. */
            artifacts?: components["schemas"]["AutomationRunArtifact"][];
        };
        /** @description The recording to transcribe. */
        TranscriptionCreate: {
            /** @description The recording's ULID; the same as the one in the path. */
            recording_id: components["schemas"]["Ulid"];
        };
        /** @description A screen recording made to teach an automation, and its transcription. */
        AutomationRecording: {
            /** @description The recording's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The transcription; empty until it is done. */
            transcription: string;
            status: components["schemas"]["AutomationJobStatus"];
        };
        /**
         * @description Where a run or a transcription is: `pending`, `running`, `completed` or `failed`.
         * @enum {string}
         */
        AutomationJobStatus: "pending" | "running" | "completed" | "failed";
        /** @description A file a run produced. */
        AutomationRunArtifact: {
            /** @description The file's name. */
            name?: string;
            /**
             * Format: uri
             * @description Where to download it.
             */
            url?: string;
        };
        /** @description The run that was started. */
        AutomationRunResponse: {
            /** @description Its ULID, for GetAutomationRun. */
            runId: components["schemas"]["Ulid"];
        };
        /** @description A new automation. */
        AutomationCreate: {
            /** @description The automation's name. */
            name: string;
            /** @description The prompt the agent starts from. */
            promptTemplate?: string;
        };
        /** @description The automation fields to change; at least one. */
        AutomationUpdate: {
            /** @description A new name. */
            name?: string;
            /** @description A new prompt template. */
            promptTemplate?: string;
            /** @description Secrets for the automation to use. */
            secrets?: components["schemas"]["AutomationSecret"][];
        };
        /** @description A secret an automation can use. */
        AutomationSecret: {
            /** @description The secret's name. */
            name?: string;
            /** @description The secret's value; never returned. */
            value?: string;
        };
        /** @description The system fields to change. */
        UpdateSystem: {
            /** @description A new name. */
            name?: string;
            /** @description A new domain. */
            domain?: string;
            /** @description A new base URL. */
            templateBaseUrl?: string;
        };
        /** @description A new system. */
        SystemCreate: {
            /** @description The system's name. */
            name: string;
            /** @description The system's domain, such as `shopify.com`. */
            domain: string;
            /** @description The base URL its API calls go to; connections may override it. */
            templateBaseUrl: string;
            /** @description The ways the system accepts credentials. */
            authSchemeConfigs: components["schemas"]["AuthSchemeConfig"][];
            /** @description Labels of the system. */
            labels?: components["schemas"]["Labels"];
        };
        /** @description An external system the organisation's integrations talk to, such as a shop or a CRM. */
        System: {
            /** @description The system's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The system's name. */
            name: string;
            /** @description The system's domain. */
            domain: string;
            /** @description The ways the system accepts credentials. */
            authSchemeConfigs: components["schemas"]["AuthSchemeConfig"][];
            /** @description The base URL its API calls go to; connections may override it. */
            templateBaseUrl: string;
        };
        /**
         * @description An HTTP method.
         * @enum {string}
         */
        HTTPMethod: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
        /**
         * @description Whether an action is a plain HTTP request or a GraphQL query.
         * @enum {string}
         */
        ActionType: "http" | "graphql";
        /** @description A parameter of an action or trigger. */
        ActionParameter: {
            /** @description The parameter's name. */
            name: string;
            /**
             * @description Where it goes in the request.
             * @enum {string}
             */
            in: "path" | "query" | "header";
            /** @description Whether it must be given. */
            required: boolean;
            /**
             * @description Its type.
             * @enum {string}
             */
            type: "string" | "integer" | "boolean";
            /** @description Its value when none is given. */
            default?: string;
        };
        /** @description A page of a system's actions. */
        ActionPage: components["schemas"]["PageInfo"] & {
            /** @description The actions of this page. */
            actions: components["schemas"]["Action"][];
        };
        /** @description A page of a system's triggers. */
        TriggerPage: components["schemas"]["PageInfo"] & {
            /** @description The triggers of this page. */
            triggers: components["schemas"]["Trigger"][];
        };
        /** @description A call an integration can make to a system. */
        Action: {
            /** @description The action's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The system it calls. */
            systemId: components["schemas"]["Ulid"];
            type: components["schemas"]["ActionType"];
            /** @description The action's name. */
            name: string;
            /** @description Media type of the request and answer bodies; `application/json` when empty. */
            contentType?: string;
            /** @description A one-line summary. */
            summary?: string;
            /** @description What the action does. */
            description?: string;
            method: components["schemas"]["HTTPMethod"];
            /** @description The request path relative to the system's base URL, with `{placeholders}` such as `/orders/{orderId}`. */
            path: string;
            /** @description The action's parameters. Creating an action adds a `path` parameter for each placeholder of `path`. */
            parameters: components["schemas"]["ActionParameter"][];
            /** @description The GraphQL query, for `graphql` actions. */
            graphqlQuery?: string;
            /** @description An example request body, for `http` actions. */
            request?: string;
            /** @description An example answer body, for `http` actions. */
            response?: string;
        };
        /** @description An event of a system that can start an integration, such as a webhook. */
        Trigger: {
            /** @description The trigger's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The system that sends it. */
            systemId: components["schemas"]["Ulid"];
            /** @description The trigger's name. */
            name: string;
            /** @description What the trigger reports. */
            description: string;
            /** @description A one-line summary. */
            summary: string;
            /**
             * @description The kind of trigger; only `http` exists.
             * @enum {string}
             */
            type: "http";
            method: components["schemas"]["HTTPMethod"];
            /** @description The parameters of the incoming request. */
            parameters: components["schemas"]["ActionParameter"][];
        };
        /** @description Actions to add to a system, optionally linked to a project. */
        CreateActions: {
            /** @description A project to link the new actions to. */
            projectId?: components["schemas"]["Ulid"];
            /** @description The actions to create. */
            actions: {
                /** @description The action's name. */
                name: string;
                /** @description What the action does. */
                description?: string;
                /** @description A one-line summary. */
                summary?: string;
                type: components["schemas"]["ActionType"];
                method: components["schemas"]["HTTPMethod"];
                /** @description The request path, with `{placeholders}`; each becomes a `path` parameter. */
                path: string;
                /** @description Media type of the bodies; `application/json` when empty. */
                contentType?: string;
                /** @description The action's parameters. */
                parameters?: components["schemas"]["ActionParameter"][];
                /** @description The GraphQL query, for `graphql` actions. */
                graphqlQuery?: string;
                /** @description An example request body, for `http` actions. */
                request?: string;
                /** @description An example answer body, for `http` actions. */
                response?: string;
            }[];
        };
        /** @description Triggers to add to a system, optionally linked to a project. */
        CreateTriggers: {
            /** @description A project to link the new triggers to. */
            projectId?: components["schemas"]["Ulid"];
            /** @description The triggers to create. */
            triggers: {
                /** @description The trigger's name. */
                name: string;
                /** @description What the trigger reports. */
                description?: string;
                /** @description A one-line summary. */
                summary?: string;
                method: components["schemas"]["HTTPMethod"];
                /** @description The parameters of the incoming request. */
                parameters?: components["schemas"]["ActionParameter"][];
            }[];
        };
        /** @description The connection template fields to change. */
        UpdateConnectionTemplate: {
            /** @description The name the project's code uses for the connection. */
            name?: string;
            /** @description Whether every end user brings a connection of their own. */
            dynamic?: boolean;
            /** @description The system's authentication configurations this template uses, usually one. */
            authSchemeConfigIds?: string[];
        };
        /** @description A system as one project environment uses it: the name its code refers to, and whether each end user brings their own connection. */
        ConnectionTemplate: {
            /** @description The system's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The template's own ULID. */
            connectionTemplateId?: components["schemas"]["Ulid"];
            /** @description The name the project's code uses for the connection. */
            name: string;
            /** @description The system's domain. */
            domain: string;
            /** @description Whether every end user brings a connection of their own. */
            dynamic: boolean;
            /** @description The authentication configurations connections use. With several, they are applied in order (as for mutual TLS plus a token); usually there is one. */
            authSchemeConfigs: components["schemas"]["AuthSchemeConfig"][];
            /** @description The base URL of the system's API. */
            templateBaseUrl: string;
        };
        /** @description The connection templates of a project environment, shaped as a page. */
        EnvironmentSystemPage: components["schemas"]["PageInfo"] & {
            /** @description The connection templates. */
            items: components["schemas"]["ConnectionTemplate"][];
            /** @description Cursor of the next page; the operation takes no cursor, so it cannot be followed. */
            next?: string;
            /** @description Cursor of the previous page; the operation takes no cursor. */
            prev?: string;
        };
        /** @description A page of systems. */
        SystemPage: components["schemas"]["PageInfo"] & {
            /** @description The systems of this page. */
            items: components["schemas"]["System"][];
        };
        /** @description Name and value pairs that describe a resource. Names start with a letter and hold letters, digits and underscores. */
        Labels: {
            [key: string]: string;
        };
        /** @description A page of traces. */
        TraceSearch: {
            /** @description One summary per trace: its root span. */
            items: components["schemas"]["SpanSummary"][];
            /** @description Pass it back as `next_token` for the next page; absent on the last page. */
            nextToken?: string;
        };
        /** @description A cron schedule of a deployed environment that starts one of its workflows. */
        Scheduler: {
            /** @description The scheduler's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The scheduler's name. */
            name: string;
            /** @description The cron expression. */
            schedule: string;
            /**
             * Format: uri
             * @description The URL the scheduler calls on each tick.
             */
            url: string;
            /** @description The environment it belongs to. */
            environment_id: components["schemas"]["Ulid"];
        };
        /** @description The root span of a trace, as listings show it. */
        SpanSummary: {
            /** @description The trace's identifier. */
            traceId: string;
            /** @description The span's identifier within the trace. */
            spanId: string;
            /** @description What the span did. */
            name: string;
            /** @description The service that recorded the span. */
            serviceName: string;
            /**
             * Format: date-time
             * @description When the span started.
             */
            startTime: string;
            /** @description How long it took, as text. */
            duration: string;
            /** @description The workflow execution the trace belongs to. */
            executionId: string;
        };
        /** @description One trace with all its spans. */
        Trace: {
            /** @description The trace's identifier. */
            traceId: string;
            /** @description Every span of the trace. */
            spans: components["schemas"]["Span"][];
        };
        /** @description One unit of work within a trace. */
        Span: {
            /** @description The span's identifier. */
            spanId: string;
            /** @description The span it belongs to; empty for the root span. */
            parentSpanId: string;
            /** @description What the span did. */
            name: string;
            /**
             * Format: date-time
             * @description When the span started.
             */
            startTime: string;
            /**
             * Format: date-time
             * @description When the span ended.
             */
            endTime: string;
            /** @description Key and value pairs recorded on the span. */
            attributes: components["schemas"]["Attribute"][];
            status: components["schemas"]["TraceStatus"];
        };
        /** @description One key and value recorded on a span. */
        Attribute: {
            /** @description The attribute's name. */
            key: string;
            /** @description The attribute's value, as text. */
            value: string;
        };
        /** @description How a span ended. */
        TraceStatus: {
            /**
             * @description `OK` or `ERROR`.
             * @enum {string}
             */
            code: "OK" | "ERROR";
        };
        /** @description Variable values by name, checked against the project's variables schema. */
        DynamicVariables: {
            [key: string]: unknown;
        };
        /** @description Infrastructure settings of an environment. */
        EnvironmentConfig: {
            deploymentSpec?: components["schemas"]["DeploymentSpec"];
        };
        /** @description How an environment's deployment runs. */
        DeploymentSpec: {
            /** @description How many copies run. */
            replicas?: number;
            autoscaling?: components["schemas"]["DeploymentAutoscaling"];
            /** @description Send outgoing traffic from the execution pool's static IP address. */
            staticIP?: boolean;
            resources?: components["schemas"]["Resources"];
            /** @description The service account the deployment runs as. */
            serviceAccountName?: string;
        };
        /** @description Automatic scaling of a deployment. */
        DeploymentAutoscaling: {
            /** @description The most copies autoscaling may run; setting it switches autoscaling on. */
            maxReplicas?: number;
        };
        /** @description CPU and memory of each copy. */
        Resources: {
            /** @description The most each copy may use. */
            limits?: components["schemas"]["ResourceRequirements"];
            /** @description What each copy is guaranteed. */
            requests?: components["schemas"]["ResourceRequirements"];
        };
        /** @description Amounts of CPU, memory and storage, in Kubernetes notation. */
        ResourceRequirements: {
            /** @description CPU, such as `500m`. */
            cpu?: string;
            /** @description Memory, such as `512Mi`. */
            memory?: string;
            /** @description Disk space, such as `1Gi`. */
            storage?: string;
        };
        /** @description The test container's state and the workflows it can start. */
        ProjectTriggers: {
            /** @description Whether the test container runs. */
            containerRunning: boolean;
            /** @description The project's triggers, to start with TriggerWorkflow. */
            triggers?: components["schemas"]["ProjectTrigger"][];
        };
        /** @description The request a test workflow is started with. */
        TriggerPayload: {
            /** @description The request body. */
            payload?: string;
            /** @description The body's media type. */
            contentType?: string;
            /** @description Request headers, each with its values. */
            headers?: {
                [key: string]: string[];
            };
            /** @description Stop at the breakpoints set on tasks. */
            debug?: boolean;
            /** @description Run as this activation (for one end user's connections and variables). */
            activationId?: components["schemas"]["Ulid"];
        };
        /** @description The answer of the test workflow. */
        HTTPResponse: {
            /** @description The HTTP status, as text. */
            status: string;
            /** @description Answer headers, each with its values. */
            headers: {
                [key: string]: string[];
            };
            /** @description The answer body, base64-encoded. */
            body: string;
        };
        /** @description An HTTP request for a deployed environment. */
        IntegrationCallHTTPRequest: {
            /** @description The path to call on the environment's public URL. */
            urlPath: string;
            /**
             * @description The HTTP method.
             * @enum {string}
             */
            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
            /** @description Request headers, each with its values. */
            headers?: {
                [key: string]: string[];
            };
            /** @description Query parameters, each with its values. */
            query?: {
                [key: string]: string[];
            };
            /**
             * Format: byte
             * @description The request body, base64-encoded.
             */
            body?: string;
        };
        /** @description What the deployed environment answered. */
        IntegrationCallHTTPResponse: {
            /** @description The HTTP status. */
            status: number;
            /** @description Answer headers, each with its values. */
            headers: {
                [key: string]: string[];
            };
            /**
             * Format: byte
             * @description The answer body, base64-encoded.
             */
            body: string;
        };
        /** @description A workflow entry point of a project. */
        ProjectTrigger: {
            /** @description The workflow's name. */
            name: string;
            /** @description How it starts, such as `webhook` or `scheduler`. */
            type: string;
            /** @description The cron expression, for `scheduler` triggers. */
            cron_expr?: string;
            /** @description The HTTP method it answers to. */
            method: string;
        };
        /** @description The recording, and where to upload its file. */
        CreateRecordingResponse: {
            /** @description The recording's ULID. */
            id: components["schemas"]["Ulid"];
            /**
             * Format: uri
             * @description A pre-signed URL to upload the file to, valid for `expirySeconds`.
             */
            url: string;
        };
        /** @description A recording to upload. */
        CreateRecordingRequest: {
            /** @description The file's name. */
            fileName: string;
            /** @description The file's media type, such as `video/webm`. */
            contentType: string;
            /** @description How long the upload URL stays valid, in seconds. */
            expirySeconds?: number;
            /**
             * @description Whether the recording has spoken commentary.
             * @default false
             */
            hasVoiceover?: boolean;
        };
        /**
         * @description Why an issue exists: an `error` the platform saw, or opened by hand (`manual`).
         * @enum {string}
         */
        IssueReasonEnum: "error" | "manual";
        /**
         * @description How serious an issue is.
         * @enum {string}
         */
        IssueSeverityEnum: "high" | "low" | "medium";
        /**
         * @description Where an issue is in its handling.
         * @enum {string}
         */
        IssueStatusEnum: "open" | "closed" | "acked" | "resolved";
        /**
         * @description How an issue was closed.
         * @enum {string}
         */
        IssueResolutionStatusEnum: "resolved" | "negated" | "ignored";
        /** @description A problem of a project environment, such as a recurring error, tracked until it is resolved. */
        Issue: {
            /** @description The issue's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The organisation the issue belongs to. */
            organisationId: components["schemas"]["Ulid"];
            /** @description The project the issue is about. */
            projectId: components["schemas"]["Ulid"];
            /** @description The environment where it happened. */
            environmentId: components["schemas"]["Ulid"];
            status: components["schemas"]["IssueStatusEnum"];
            reason: components["schemas"]["IssueReasonEnum"];
            /** @description The full text of the issue. */
            message: string;
            /** @description A one-line title. */
            title: string;
            /** @description Searchable name and value pairs. */
            labels: {
                [key: string]: string;
            };
            /** @description Further name and value pairs, not searchable. */
            annotations: {
                [key: string]: string;
            };
            resolutionStatus?: components["schemas"]["IssueResolutionStatusEnum"];
            /**
             * Format: date-time
             * @description When the issue was opened.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was resolved; null while it is not.
             */
            resolvedAt?: string | null;
            /**
             * Format: date-time
             * @description When the problem last happened.
             */
            lastSeenAt: string;
            /** @description How many times it happened. */
            seenCount: number;
            severity?: components["schemas"]["IssueSeverityEnum"];
        };
        /** @description The issue fields to change; the others stay as they are. */
        UpdateIssue: {
            reason?: components["schemas"]["IssueReasonEnum"];
            /** @description The full text of the issue. */
            message?: string;
            /** @description A one-line title. */
            title?: string;
            /** @description Searchable name and value pairs. */
            labels?: {
                [key: string]: string;
            };
            /** @description Further name and value pairs, not searchable. */
            annotations?: {
                [key: string]: string;
            };
            severity?: components["schemas"]["IssueSeverityEnum"];
            /**
             * Format: date-time
             * @description When it was resolved, or null to reopen it.
             */
            resolvedAt?: string | null;
            resolutionStatus?: components["schemas"]["IssueResolutionStatusEnum"];
            status?: components["schemas"]["IssueStatusEnum"];
        };
        /** @description A new issue. */
        CreateIssue: {
            /** @description The organisation the issue belongs to. */
            organisationId: components["schemas"]["Ulid"];
            /** @description The project the issue is about. */
            projectId?: components["schemas"]["Ulid"];
            /** @description The environment where it happened. */
            environmentId: components["schemas"]["Ulid"];
            reason: components["schemas"]["IssueReasonEnum"];
            /** @description The full text of the issue. */
            message?: string;
            /** @description A one-line title. */
            title: string;
            /** @description Searchable name and value pairs. */
            labels?: {
                [key: string]: string;
            };
            /** @description Further name and value pairs, not searchable. */
            annotations?: {
                [key: string]: string;
            };
            severity: components["schemas"]["IssueSeverityEnum"];
        };
        /** @description The organisation's notification channels. */
        NotificationChannelList: {
            /** @description Every channel. */
            items: components["schemas"]["NotificationChannel"][];
        };
        /** @description Where notifications are delivered, such as a list of email addresses. */
        NotificationChannel: {
            /** @description The channel's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The organisation the channel belongs to. */
            organisation_id: components["schemas"]["Ulid"];
            /** @description The channel's name. */
            name: string;
            /** @description The kind of channel, such as `email`; `config` has the member of that name. */
            type: string;
            config: components["schemas"]["NotificationConfig"];
            /**
             * Format: date-time
             * @description When the channel was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the channel last changed.
             */
            updated_at: string;
        };
        /** @description A new notification channel. */
        CreateNotificationChannel: {
            /** @description The channel's name. */
            name: string;
            /** @description The kind of channel, such as `email`. */
            type: string;
            config: components["schemas"]["NotificationConfig"];
        };
        /** @description The settings of a channel, in the member named after its type. */
        NotificationConfig: {
            email?: components["schemas"]["EmailNotificationConfig"];
        };
        /** @description Email delivery settings. */
        EmailNotificationConfig: {
            /** @description The recipient. */
            to: string;
            /** @description Further recipients in copy. */
            cc?: string[];
        };
        /** @description A project's notifications. */
        ProjectNotificationList: {
            /** @description Every notification. */
            items: components["schemas"]["ProjectNotification"][];
        };
        /** @description A subscription of a project environment to a notification channel. */
        ProjectNotification: {
            /** @description The notification's ULID. */
            id: components["schemas"]["Ulid"];
            /** @description The project. */
            project_id: components["schemas"]["Ulid"];
            /** @description The environment. */
            environment_id: components["schemas"]["Ulid"];
            /** @description The channel notifications go to. */
            channel_id: components["schemas"]["Ulid"];
            /**
             * Format: date-time
             * @description When it was created.
             */
            created_at: string;
            /** @description The notification's name. */
            name: string;
            /** @description The channel's name. */
            channelName: string;
            /** @description The channel's kind. */
            type?: string;
            /** @description The channel's settings. */
            config: components["schemas"]["NotificationConfig"];
        };
        /** @description A new notification for a project environment. */
        CreateProjectNotification: {
            /** @description The channel to notify. */
            channel_id: components["schemas"]["Ulid"];
            /** @description The environment whose events notify. */
            environment_id: components["schemas"]["Ulid"];
            /** @description The notification's name. */
            name: string;
        };
        /** @description The result of type-checking a project's files. */
        ValidationResult: {
            /** @description The project that was checked. */
            project_id: string;
            /** @description The environment the check ran for. */
            environment: string;
            validation: components["schemas"]["ValidationStatus"];
        };
        /** @description How the check went. */
        ValidationStatus: {
            /** @description How long it took, as text. */
            duration: string;
            /** @description Why it failed; empty when it passed. */
            error: string;
            /** @description Whether the files passed. */
            success: boolean;
            /** @description The checker's output. */
            output: string;
            /**
             * Format: date-time
             * @description When the check finished.
             */
            timestamp: string;
        };
        /** @description A project's workflows. */
        IntegrationFlows: {
            /** @description Every workflow. */
            flows: components["schemas"]["IntegrationFlow"][];
        };
        /** @description A workflow of a project, described by the spans of a run of it. */
        IntegrationFlow: {
            /** @description The workflow's identifier, set by the platform. */
            id?: string;
            /** @description The workflow's name. */
            name: string;
            /** @description What the workflow does. */
            description: string;
            /** @description The OpenTelemetry spans that describe its steps. */
            spans: components["schemas"]["OTelSpan"][];
        };
        /** @description An OpenTelemetry span of a workflow run. */
        OTelSpan: {
            /** @description The span's name, such as `webhook-orders`. */
            name: string;
            /**
             * Format: date-time
             * @description When the span started (ISO 8601, nanoseconds).
             */
            startTime: string;
            /**
             * Format: date-time
             * @description When it ended (ISO 8601, nanoseconds).
             */
            endTime: string;
            /** @description How long it took, in milliseconds. */
            duration: number;
            /** @description Attributes such as `task.id` or `execution.id`. */
            attributes: {
                [key: string]: string | number | boolean;
            };
            status: components["schemas"]["OTelSpanStatus"];
            /** @description Whether the span has ended. */
            ended: boolean;
            /** @description Events recorded during the span. */
            events: components["schemas"]["OTelSpanEvent"][];
            spanContext: components["schemas"]["OTelSpanContext"];
            /** @description The parent span's context; absent for a root span. */
            parentSpanContext?: components["schemas"]["OTelSpanContext"];
            /** @description The parent span's context under a misspelt name, as the platform may send it; read `parentSpanContext` first. */
            parentSpanContenxt?: components["schemas"]["OTelSpanContext"];
        };
        /** @description The identifiers that place a span in its trace. */
        OTelSpanContext: {
            /** @description The trace ID, in hexadecimal. */
            traceId: string;
            /** @description The span ID, in hexadecimal. */
            spanId: string;
            /** @description Trace flags such as sampling. */
            traceFlags: number;
        };
        /** @description How a span ended. */
        OTelSpanStatus: {
            /**
             * @description 0 for success, 1 for an error.
             * @enum {integer}
             */
            code: 0 | 1;
        };
        /** @description Something that happened at one point of a span, such as an exception. */
        OTelSpanEvent: {
            /** @description The event's name, such as `exception`. */
            name: string;
            /**
             * Format: date-time
             * @description When it happened (ISO 8601, nanoseconds).
             */
            timestamp: string;
            /** @description Details of the event. */
            attributes?: {
                [key: string]: string | number | boolean;
            };
        };
        /** @description A figure for the current period, and the one before to compare. */
        MetricSummary: {
            /** @description The value for the current period. */
            current: number;
            /** @description The value for the period before. */
            past?: number;
        };
        /** @description Key figures of the organisation. */
        OrganisationMetricsSummary: {
            /** @description Projects with a deployed environment. */
            deployedProjects: components["schemas"]["MetricSummary"];
            /** @description Workflow executions. */
            totalExecutions: components["schemas"]["MetricSummary"];
            /** @description Executions that failed. */
            totalErrors: components["schemas"]["MetricSummary"];
        };
        /** @description Key figures of one project. */
        ProjectMetricSummary: {
            /** @description Workflow executions. */
            totalExecutions: components["schemas"]["MetricSummary"];
            /** @description Executions that failed. */
            totalErrors: components["schemas"]["MetricSummary"];
            /** @description Average execution time. */
            averageLatency: components["schemas"]["MetricSummary"];
        };
        /** @description Key figures of every project. */
        ProjectMetricsSummary: {
            /** @description The figures, by project ULID. */
            items: {
                [key: string]: components["schemas"]["ProjectMetricSummary"];
            };
        };
        /** @description Adds a system to a project environment as a connection template. */
        ConnectionTemplateCreate: {
            /** @description The system to add. */
            systemId: components["schemas"]["Ulid"];
            /** @description The name the project's code uses for the connection. */
            name: string;
            /** @description The environment to add the system to. */
            environmentId?: components["schemas"]["Ulid"];
            /** @description Whether every end user brings a connection of their own (dynamic) or the environment has one shared connection (static, the default). */
            dynamic?: boolean;
        };
        /** @description The value to store under the key, with write options. */
        SetKVRequest: {
            /** @description The value to store: any JSON value. */
            value: {
                [key: string]: unknown;
            } | unknown[] | string | number | boolean | null;
            options?: components["schemas"]["SetOptions"];
        };
        /** @description Options of the delete. */
        DeleteKVRequest: {
            options?: components["schemas"]["DeleteOptions"];
        };
        /** @description The keys to read. */
        BatchGetKVRequest: {
            /** @description The keys, each a list of parts. */
            keys: components["schemas"]["KVKey"][];
            options?: components["schemas"]["GetOptions"];
        };
        /** @description The keys to delete. */
        BatchDeleteKVRequest: {
            /** @description The keys, each a list of parts. */
            keys: components["schemas"]["KVKey"][];
            options?: components["schemas"]["DeleteOptions"];
        };
        /** @description The new value of one variable. */
        DynamicVariableValue: {
            /** @description The value: any JSON value the variables schema allows. */
            value: {
                [key: string]: unknown;
            } | unknown[] | string | number | boolean;
        };
    };
    responses: {
        /** @description The request is malformed or fails validation; `fields` lists the offending fields. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "bad_request",
                 *       "message": "The request body failed validation.",
                 *       "fields": [
                 *         {
                 *           "field": "name",
                 *           "message": "name must not be empty"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No credentials were sent, or they are invalid or expired. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthorized",
                 *       "message": "A valid API key or signing-key JWT is required."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The credentials are valid but do not grant access to this resource. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "forbidden",
                 *       "message": "This API key may not act for organisation 01HQ2Z8W4TQK6V9M3XJ7R5B2CD."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource does not exist, or is not visible to the caller. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "Nothing was found at this path: check its ids and names."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller sent too many requests; wait for `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "rate_limited",
                 *       "message": "Too many requests; retry in 30 seconds."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The platform failed to handle the request. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "internal",
                 *       "message": "Something went wrong on our side; the request may be retried."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The ULID of the organisation.
         * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
         */
        organisation_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the project.
         * @example 01JR1BZQCYS9AMYX9277MZHQ8C
         */
        project_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the project version.
         * @example 01JRCGD40FZGD7VEG1KFQ3YGZ6
         */
        version_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the project environment.
         * @example 01JR7ZAY1187NGRJXS8JZXA0P3
         */
        environment_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the connection.
         * @example 01JR7T5KB03HQF0SKGWWCFBSZJ
         */
        connection_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the automation.
         * @example 01JRHRF68VYNRN0YT9RMSAWZKP
         */
        automation_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the recording.
         * @example 01JREZQ6K6Q09CS8G99B8BH9R9
         */
        recording_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the automation run.
         * @example 01JR4MZT5NXXH6GDZ65G1Y6D1B
         */
        run_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the scheduler.
         * @example 01JRXPT4W4NRWVZS79ZCKRD96C
         */
        scheduler_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the activation.
         * @example 01JRX16A2QAT4FBDEE1QQSA6XV
         */
        activation_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the connection template (a system as one environment uses it).
         * @example 01JRYR64PT6H1MZ1EBFNZKNSEX
         */
        env_system_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the system.
         * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
         */
        system_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the action.
         * @example 01JR117R9X31XDKC51TTFEH8HF
         */
        action_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the connection template.
         * @example 01JRYR64PT6H1MZ1EBFNZKNSEX
         */
        template_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the issue.
         * @example 01JR92PJKGD6B0N4AMJG91P5JJ
         */
        issue_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the notification channel.
         * @example 01JRGTKWN66Y6QTNP09T4GF64J
         */
        channel_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the project notification.
         * @example 01JRQGFC09Y7RBAXR9DJTPQXZK
         */
        notification_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the KV store (see CreateStore).
         * @example 01JRAJBGCRAFM36A6TAPHT1E1G
         */
        store: components["schemas"]["Ulid"];
        /**
         * @description The workflow's name.
         * @example orders
         */
        flow_name: string;
        /**
         * @description The name of the workflow trigger to start (see StartTestContainer).
         * @example orders
         */
        trigger_name: string;
        /**
         * @description The trace's identifier, in hexadecimal.
         * @example 4bf92f3577b34da6a3ce929d0e0e4736
         */
        trace_id: string;
        /**
         * @description The end user, by the organisation's identifier (`externalId`) or the platform's ULID.
         * @example cust-48213
         */
        user_id: string;
        /**
         * @description The end user, by the organisation's identifier (`externalId`).
         * @example cust-48213
         */
        external_user_id: string;
        /**
         * @description The variable's name, as the project's variables schema defines it.
         * @example warehouse
         */
        variable_name: string;
        /**
         * @description The id of the authentication configuration, as chosen by its author.
         * @example 01JRH9Y0GMSHGBSKEQ93AATC1N
         */
        auth_scheme_config_id: string;
        /**
         * @description The key, as one path segment (for keys of several parts use the batch operations). `batch`, `list` and `count` cannot be used: those paths belong to other operations.
         * @example order-1042
         */
        key: string;
        /**
         * @description How many items one page holds at most.
         * @example 20
         */
        first: number;
        /**
         * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
         * @example djEz
         */
        after: string;
        /**
         * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
         * @example djEx
         */
        before: string;
        /**
         * @description Only items whose name contains this text.
         * @example shop
         */
        search: string;
        /**
         * @description List only the environment's static activation (the one of no end user). Meant for the platform's own tools.
         * @example false
         */
        static: boolean;
        /**
         * @description The environment to look at.
         * @example 01JR7ZAY1187NGRJXS8JZXA0P3
         */
        env_id: string;
        /**
         * @description The environment of the project to act on.
         * @example production
         */
        project_env: string;
        /**
         * @description Only those of this project.
         * @example 01JR1BZQCYS9AMYX9277MZHQ8C
         */
        project_id_query: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before sending the request again.
         * @example 30
         */
        "Retry-After": number;
        /**
         * @description An identifier of this request, to quote when reporting a problem.
         * @example req_01HR8N0P2Q4R6S8T0V2W4X6Y8Z
         */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ActivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The user, the environment, a connection per template and the variable values. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": "cust-48213",
                 *       "environmentId": "01JR7ZAY1187NGRJXS8JZXA0P3",
                 *       "connections": [
                 *         {
                 *           "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX",
                 *           "connection": {
                 *             "name": "northwind-shop",
                 *             "credentials": [
                 *               {
                 *                 "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                 *                 "authSchemeConfig": {
                 *                   "type": "api-key",
                 *                   "apiKey": {
                 *                     "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                 *                     "description": "Store API key",
                 *                     "name": "X-Shopify-Access-Token",
                 *                     "in": "header"
                 *                   }
                 *                 },
                 *                 "credential": {
                 *                   "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                 *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                 *                   "type": "string",
                 *                   "name": "Acme store token",
                 *                   "data": {
                 *                     "string": {
                 *                       "value": "shpat_4f1e9c"
                 *                     }
                 *                   }
                 *                 }
                 *               }
                 *             ]
                 *           }
                 *         }
                 *       ],
                 *       "dynamicVariables": {
                 *         "region": "eu-west"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ActivationCreate"];
            };
        };
        responses: {
            /** @description The new activation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRX16A2QAT4FBDEE1QQSA6XV",
                     *       "user": {
                     *         "id": "01JRQGNM030PSNCMBHBTBWKFWM",
                     *         "externalId": "cust-48213",
                     *         "displayName": "Northwind Traders",
                     *         "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *         "createdAt": "2025-03-04T09:15:00Z",
                     *         "updatedAt": "2025-03-04T09:15:00Z"
                     *       },
                     *       "environment": {
                     *         "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *         "name": "production",
                     *         "status": "running",
                     *         "createdAt": "2025-03-04T09:15:00Z",
                     *         "updatedAt": "2025-03-11T16:42:10Z",
                     *         "publicUrl": "https://acme-order-sync.versori.run",
                     *         "executionPool": "versori-default",
                     *         "config": {
                     *           "deploymentSpec": {
                     *             "replicas": 2,
                     *             "staticIP": false,
                     *             "autoscaling": {
                     *               "maxReplicas": 4
                     *             },
                     *             "resources": {
                     *               "limits": {
                     *                 "cpu": "1",
                     *                 "memory": "1Gi"
                     *               },
                     *               "requests": {
                     *                 "cpu": "250m",
                     *                 "memory": "256Mi"
                     *               }
                     *             }
                     *           }
                     *         }
                     *       },
                     *       "connections": [
                     *         {
                     *           "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *           "name": "acme-store",
                     *           "credentials": [
                     *             {
                     *               "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *               "authSchemeConfig": {
                     *                 "type": "api-key",
                     *                 "apiKey": {
                     *                   "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *                   "description": "Store API key",
                     *                   "name": "X-Shopify-Access-Token",
                     *                   "in": "header"
                     *                 }
                     *               },
                     *               "credential": {
                     *                 "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *                 "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                 "type": "string",
                     *                 "name": "Acme store token",
                     *                 "data": {
                     *                   "string": {
                     *                     "value": "**redacted**"
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           ],
                     *           "baseUrl": "https://acme-store.myshopify.com",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *           "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *         }
                     *       ],
                     *       "dynamicVariables": {
                     *         "region": "eu-west"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Activation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListExecutionPools: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution pools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "executionPools": [
                     *         {
                     *           "name": "versori-default"
                     *         },
                     *         {
                     *           "name": "acme-eu-private"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ExecutionPoolList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListProjects: {
        parameters: {
            query?: {
                /**
                 * @description `true`: only the projects the organisation has starred (see StarProject).
                 * @example true
                 */
                starred?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "projects": [
                     *         {
                     *           "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *           "name": "Acme order sync",
                     *           "starred": true,
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "environments": [
                     *             {
                     *               "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *               "name": "production",
                     *               "status": "running",
                     *               "createdAt": "2025-03-04T09:15:00Z",
                     *               "updatedAt": "2025-03-11T16:42:10Z",
                     *               "publicUrl": "https://acme-order-sync.versori.run",
                     *               "executionPool": "versori-default",
                     *               "config": {
                     *                 "deploymentSpec": {
                     *                   "replicas": 2,
                     *                   "staticIP": false,
                     *                   "autoscaling": {
                     *                     "maxReplicas": 4
                     *                   },
                     *                   "resources": {
                     *                     "limits": {
                     *                       "cpu": "1",
                     *                       "memory": "1Gi"
                     *                     },
                     *                     "requests": {
                     *                       "cpu": "250m",
                     *                       "memory": "256Mi"
                     *                     }
                     *                   }
                     *                 }
                     *               },
                     *               "deployedVersion": {
                     *                 "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *                 "name": "v14",
                     *                 "description": "Retry failed order syncs",
                     *                 "labels": {
                     *                   "channel": "stable"
                     *                 },
                     *                 "state": "ready",
                     *                 "createdAt": "2025-03-11T16:42:10Z"
                     *               }
                     *             },
                     *             {
                     *               "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *               "name": "staging",
                     *               "status": "suspended",
                     *               "createdAt": "2025-03-04T09:15:00Z",
                     *               "updatedAt": "2025-03-04T09:15:00Z",
                     *               "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *               "executionPool": "versori-default",
                     *               "config": {
                     *                 "deploymentSpec": {
                     *                   "replicas": 1
                     *                 }
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The project's name and execution pool. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme order sync",
                 *       "executionPool": "versori-default"
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description The new project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true,
                     *         "defaultEnvironment": "production"
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme order sync",
                 *       "settings": {
                 *         "acceptCodeChangesAutomatically": true,
                 *         "defaultEnvironment": "production"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description The project as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    StarProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project is starred. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UnstarProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project is no longer starred. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CloneProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CloneEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The environment to copy, the new name, and what to copy along. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "oldEnvName": "production",
                 *       "newEnvName": "qa",
                 *       "cloneSystems": true,
                 *       "copyStaticUserVariables": false
                 *     }
                 */
                "application/json": components["schemas"]["CloneEnvironmentRequest"];
            };
        };
        responses: {
            /** @description The project, with the new environment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project, without the environment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true,
                     *         "defaultEnvironment": "production"
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    SyncEnvironments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The source and target environments. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sourceEnvName": "staging",
                 *       "targetEnvName": "production"
                 *     }
                 */
                "application/json": components["schemas"]["SyncEnvironmentsRequest"];
            };
        };
        responses: {
            /** @description The project as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetProjectVariablesSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variables schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "object",
                     *       "properties": {
                     *         "region": {
                     *           "type": "string",
                     *           "enum": [
                     *             "eu-west",
                     *             "us-east"
                     *           ]
                     *         }
                     *       },
                     *       "required": [
                     *         "region"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DynamicVariablesSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    SetProjectVariablesSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The new schema. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "object",
                 *       "properties": {
                 *         "region": {
                 *           "type": "string",
                 *           "enum": [
                 *             "eu-west",
                 *             "us-east"
                 *           ]
                 *         }
                 *       },
                 *       "required": [
                 *         "region"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DynamicVariablesSchema"];
            };
        };
        responses: {
            /** @description The schema as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "object",
                     *       "properties": {
                     *         "region": {
                     *           "type": "string",
                     *           "enum": [
                     *             "eu-west",
                     *             "us-east"
                     *           ]
                     *         }
                     *       },
                     *       "required": [
                     *         "region"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DynamicVariablesSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    PatchProjectVariablesSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The change to make. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "op": "add",
                 *       "path": ".warehouse",
                 *       "value": {
                 *         "warehouse": {
                 *           "type": "string"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DynamicVariablesSchemaPatch"];
            };
        };
        responses: {
            /** @description The schema after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "object",
                     *       "properties": {
                     *         "region": {
                     *           "type": "string",
                     *           "enum": [
                     *             "eu-west",
                     *             "us-east"
                     *           ]
                     *         }
                     *       },
                     *       "required": [
                     *         "region"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DynamicVariablesSchema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    AddProjectSentiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The score and the message it is about. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sentimentScore": 4,
                 *       "messageId": "msg_7f3a"
                 *     }
                 */
                "application/json": components["schemas"]["SentimentRequest"];
            };
        };
        responses: {
            /** @description The project, with the score in its metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListProjectVersions: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example djEz
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example djEx
                 */
                before?: components["parameters"]["before"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 2,
                     *       "items": [
                     *         {
                     *           "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *           "name": "v14",
                     *           "description": "Retry failed order syncs",
                     *           "labels": {
                     *             "channel": "stable"
                     *           },
                     *           "state": "ready",
                     *           "createdAt": "2025-03-11T16:42:10Z"
                     *         },
                     *         {
                     *           "id": "01JRFY3DGVWYGTM5M9PZGGY5D3",
                     *           "name": "v13",
                     *           "state": "superseded",
                     *           "createdAt": "2025-03-04T09:15:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["VersionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateProjectVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The version's name, description, labels and files. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "v15",
                 *       "description": "Batch order writes",
                 *       "labels": {
                 *         "channel": "beta"
                 *       },
                 *       "files": [
                 *         {
                 *           "filename": "src/index.ts",
                 *           "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                 *         },
                 *         {
                 *           "filename": "deno.json",
                 *           "content": "{ \"imports\": {} }\n"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateProjectVersion"];
            };
        };
        responses: {
            /** @description The new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRFY3DGVWYGTM5M9PZGGY5D3",
                     *       "name": "v15",
                     *       "description": "Batch order writes",
                     *       "labels": {
                     *         "channel": "beta"
                     *       },
                     *       "state": "draft",
                     *       "createdAt": "2025-03-11T16:42:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The project already has a version of that name. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "conflict",
                     *       "message": "An end user with externalId cust-48213 already exists.",
                     *       "details": "Fetch the existing end user with GetEndUser instead."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetVersionFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the project version.
                 * @example 01JRCGD40FZGD7VEG1KFQ3YGZ6
                 */
                version_id: components["parameters"]["version_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version's files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "files": [
                     *         {
                     *           "filename": "src/index.ts",
                     *           "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *         },
                     *         {
                     *           "filename": "deno.json",
                     *           "content": "{ \"imports\": {} }\n"
                     *         }
                     *       ],
                     *       "labels": {
                     *         "team": "commerce"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Files"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "files": [
                     *         {
                     *           "filename": "src/index.ts",
                     *           "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *         },
                     *         {
                     *           "filename": "deno.json",
                     *           "content": "{ \"imports\": {} }\n"
                     *         }
                     *       ],
                     *       "labels": {
                     *         "team": "commerce"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Files"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The complete set of files. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "files": [
                 *         {
                 *           "filename": "src/index.ts",
                 *           "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                 *         },
                 *         {
                 *           "filename": "deno.json",
                 *           "content": "{ \"imports\": {} }\n"
                 *         }
                 *       ],
                 *       "labels": {
                 *         "team": "commerce"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Files"];
            };
        };
        responses: {
            /** @description The files were replaced. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    PatchFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The files to write. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "files": [
                 *         {
                 *           "filename": "src/index.ts",
                 *           "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                 *         },
                 *         {
                 *           "filename": "deno.json",
                 *           "content": "{ \"imports\": {} }\n"
                 *         }
                 *       ],
                 *       "labels": {
                 *         "team": "commerce"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Files"];
            };
        };
        responses: {
            /** @description The files were written. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ChangeEnvironmentExecutionPool: {
        parameters: {
            query?: {
                /**
                 * @description The environment of the project to act on.
                 * @example production
                 */
                project_env?: components["parameters"]["project_env"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The execution pool to move to. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "executionPool": "acme-eu-private"
                 *     }
                 */
                "application/json": components["schemas"]["ChangeEnvironmentExecutionPoolRequest"];
            };
        };
        responses: {
            /** @description The environment as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *       "name": "production",
                     *       "status": "suspended",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "publicUrl": "https://acme-order-sync-2.versori.run",
                     *       "executionPool": "acme-eu-private",
                     *       "config": {
                     *         "deploymentSpec": {
                     *           "replicas": 2,
                     *           "staticIP": false,
                     *           "autoscaling": {
                     *             "maxReplicas": 4
                     *           },
                     *           "resources": {
                     *             "limits": {
                     *               "cpu": "1",
                     *               "memory": "1Gi"
                     *             },
                     *             "requests": {
                     *               "cpu": "250m",
                     *               "memory": "256Mi"
                     *             }
                     *           }
                     *         }
                     *       },
                     *       "deployedVersion": {
                     *         "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *         "name": "v14",
                     *         "description": "Retry failed order syncs",
                     *         "labels": {
                     *           "channel": "stable"
                     *         },
                     *         "state": "ready",
                     *         "createdAt": "2025-03-11T16:42:10Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectEnvironment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CallIntegration: {
        parameters: {
            query?: {
                /**
                 * @description The environment of the project to act on.
                 * @example production
                 */
                project_env?: components["parameters"]["project_env"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The request to send. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "urlPath": "/orders",
                 *       "method": "POST",
                 *       "headers": {
                 *         "Content-Type": [
                 *           "application/json"
                 *         ]
                 *       },
                 *       "query": {
                 *         "dryRun": [
                 *           "true"
                 *         ]
                 *       },
                 *       "body": "eyJpZCI6MTA0Mn0="
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationCallHTTPRequest"];
            };
        };
        responses: {
            /** @description What the integration answered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 202,
                     *       "headers": {
                     *         "Content-Type": [
                     *           "application/json"
                     *         ]
                     *       },
                     *       "body": "eyJxdWV1ZWQiOnRydWV9"
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationCallHTTPResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeployProject: {
        parameters: {
            query?: {
                /**
                 * @description The environment of the project to act on.
                 * @example production
                 */
                project_env?: components["parameters"]["project_env"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The files to deploy and the name of the version made from them. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "files": [
                 *         {
                 *           "filename": "src/index.ts",
                 *           "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                 *         },
                 *         {
                 *           "filename": "deno.json",
                 *           "content": "{ \"imports\": {} }\n"
                 *         }
                 *       ],
                 *       "labels": {
                 *         "team": "commerce"
                 *       },
                 *       "versionName": "v15",
                 *       "versionDescription": "Batch order writes"
                 *     }
                 */
                "application/json": components["schemas"]["ProjectDeployPayload"];
            };
        };
        responses: {
            /** @description The project, with the environment now deploying. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeployProjectVersion: {
        parameters: {
            query?: {
                /**
                 * @description The environment of the project to act on.
                 * @example production
                 */
                project_env?: components["parameters"]["project_env"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the project version.
                 * @example 01JRCGD40FZGD7VEG1KFQ3YGZ6
                 */
                version_id: components["parameters"]["version_id"];
            };
            cookie?: never;
        };
        /** @description Deployment settings: an empty object. */
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ProjectVersionDeploy"];
            };
        };
        responses: {
            /** @description The project, with the environment now deploying. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    StartTestContainer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The container's state and the project's triggers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "containerRunning": true,
                     *       "triggers": [
                     *         {
                     *           "name": "orders",
                     *           "type": "webhook",
                     *           "method": "POST"
                     *         },
                     *         {
                     *           "name": "nightly-inventory",
                     *           "type": "scheduler",
                     *           "cron_expr": "0 2 * * *",
                     *           "method": "POST"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectTriggers"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    TriggerWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The name of the workflow trigger to start (see StartTestContainer).
                 * @example orders
                 */
                trigger_name: components["parameters"]["trigger_name"];
            };
            cookie?: never;
        };
        /** @description The request to start the workflow with. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payload": "{\"id\":1042}",
                 *       "contentType": "application/json",
                 *       "headers": {
                 *         "X-Shopify-Topic": [
                 *           "orders/create"
                 *         ]
                 *       },
                 *       "debug": false
                 *     }
                 */
                "application/json": components["schemas"]["TriggerPayload"];
            };
        };
        responses: {
            /** @description The workflow's answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "200 OK",
                     *       "headers": {
                     *         "Content-Type": [
                     *           "application/json"
                     *         ]
                     *       },
                     *       "body": "eyJvayI6dHJ1ZX0="
                     *     }
                     */
                    "application/json": components["schemas"]["HTTPResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ValidateFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The files to check. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "files": [
                 *         {
                 *           "filename": "src/index.ts",
                 *           "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                 *         },
                 *         {
                 *           "filename": "deno.json",
                 *           "content": "{ \"imports\": {} }\n"
                 *         }
                 *       ],
                 *       "labels": {
                 *         "team": "commerce"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Files"];
            };
        };
        responses: {
            /** @description The outcome of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "project_id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "environment": "production",
                     *       "validation": {
                     *         "duration": "3.81s",
                     *         "error": "",
                     *         "success": true,
                     *         "output": "Check file:///app/src/index.ts",
                     *         "timestamp": "2025-03-12T08:05:31Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ValidationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetProjectLogs: {
        parameters: {
            query?: {
                /**
                 * @description The environment of the project to act on.
                 * @example production
                 */
                project_env?: components["parameters"]["project_env"];
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description The `nextToken` of the previous page, to get the next one.
                 * @example bG9nczoyMDI1LTAzLTExVDE2OjQyOjExWg
                 */
                next_token?: string;
                /**
                 * @description Only lines written at or after this time.
                 * @example 2025-03-11T00:00:00Z
                 */
                start?: string;
                /**
                 * @description Only lines written before this time.
                 * @example 2025-03-12T00:00:00Z
                 */
                end?: string;
                /**
                 * @description Only lines that contain this text.
                 * @example ERP
                 */
                search?: string;
                /**
                 * @description Read the build logs instead of the run logs.
                 * @example false
                 */
                build?: boolean;
                /**
                 * @description Only lines of the latest deployed version.
                 * @example true
                 */
                latest?: boolean;
                /**
                 * @description The order of the lines.
                 * @example desc
                 */
                order?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "logs": [
                     *         {
                     *           "timestamp": "2025-03-11T16:42:10.201Z",
                     *           "severity": "INFO",
                     *           "message": "order 1042 copied to the ERP",
                     *           "fields": {
                     *             "orderId": "1042"
                     *           }
                     *         },
                     *         {
                     *           "timestamp": "2025-03-11T16:42:11.007Z",
                     *           "severity": "ERROR",
                     *           "message": "ERP answered 503",
                     *           "error": "upstream unavailable"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Logs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    SearchProjectLogs: {
        parameters: {
            query?: {
                /**
                 * @description The environment of the project to act on.
                 * @example production
                 */
                project_env?: components["parameters"]["project_env"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The conditions and paging. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "startTime": "2025-03-11T00:00:00Z",
                 *       "endTime": "2025-03-12T00:00:00Z",
                 *       "first": 50,
                 *       "filters": [
                 *         {
                 *           "field": "severity",
                 *           "value": "ERROR",
                 *           "match": "eq"
                 *         },
                 *         {
                 *           "value": "ERP",
                 *           "match": "search"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LogSearch"];
            };
        };
        responses: {
            /** @description A page of matching log lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "logs": [
                     *         {
                     *           "timestamp": "2025-03-11T16:42:10.201Z",
                     *           "severity": "INFO",
                     *           "message": "order 1042 copied to the ERP",
                     *           "fields": {
                     *             "orderId": "1042"
                     *           }
                     *         },
                     *         {
                     *           "timestamp": "2025-03-11T16:42:11.007Z",
                     *           "severity": "ERROR",
                     *           "message": "ERP answered 503",
                     *           "error": "upstream unavailable"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Logs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListTraces: {
        parameters: {
            query?: {
                /**
                 * @description The environment of the project to act on.
                 * @example production
                 */
                project_env?: components["parameters"]["project_env"];
                /**
                 * @description The `nextToken` of the previous page, to get the next one.
                 * @example dHJhY2VzOjI
                 */
                next_token?: string;
                /**
                 * @description Only traces that started at or after this time.
                 * @example 2025-03-11T00:00:00Z
                 */
                start?: string;
                /**
                 * @description Only traces that started before this time.
                 * @example 2025-03-12T00:00:00Z
                 */
                end?: string;
                /**
                 * @description Only traces that match this text.
                 * @example orders
                 */
                filter?: string;
                /**
                 * @description Only traces that ended with an error (true) or without one (false).
                 * @example true
                 */
                error?: boolean;
                /**
                 * @description Only traces of this task.
                 * @example orders
                 */
                task?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of traces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                     *           "spanId": "00f067aa0ba902b7",
                     *           "name": "webhook-orders",
                     *           "serviceName": "acme-order-sync",
                     *           "startTime": "2025-03-11T16:42:10Z",
                     *           "duration": "333ms",
                     *           "executionId": "exec_5c1d9e"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TraceSearch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The trace's identifier, in hexadecimal.
                 * @example 4bf92f3577b34da6a3ce929d0e0e4736
                 */
                trace_id: components["parameters"]["trace_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                     *       "spans": [
                     *         {
                     *           "spanId": "00f067aa0ba902b7",
                     *           "parentSpanId": "",
                     *           "name": "webhook-orders",
                     *           "startTime": "2025-03-11T16:42:10Z",
                     *           "endTime": "2025-03-11T16:42:10.456Z",
                     *           "attributes": [
                     *             {
                     *               "key": "task.id",
                     *               "value": "orders"
                     *             }
                     *           ],
                     *           "status": {
                     *             "code": "OK"
                     *           }
                     *         },
                     *         {
                     *           "spanId": "5e2b7c4d9a1f3e08",
                     *           "parentSpanId": "00f067aa0ba902b7",
                     *           "name": "getOrder",
                     *           "startTime": "2025-03-11T16:42:10.200Z",
                     *           "endTime": "2025-03-11T16:42:10.390Z",
                     *           "attributes": [
                     *             {
                     *               "key": "http.status_code",
                     *               "value": "200"
                     *             }
                     *           ],
                     *           "status": {
                     *             "code": "OK"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Trace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetIntegrationFlows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "flows": [
                     *         {
                     *           "id": "flow_orders",
                     *           "name": "orders",
                     *           "description": "Copies new orders to the ERP.",
                     *           "spans": [
                     *             {
                     *               "name": "webhook-orders",
                     *               "startTime": "2025-03-11T16:42:10.123456789Z",
                     *               "endTime": "2025-03-11T16:42:10.456789012Z",
                     *               "duration": 333.3,
                     *               "attributes": {
                     *                 "task.id": "orders",
                     *                 "task.type": "webhook",
                     *                 "execution.id": "exec_5c1d9e"
                     *               },
                     *               "status": {
                     *                 "code": 0
                     *               },
                     *               "ended": true,
                     *               "events": [
                     *                 {
                     *                   "name": "message",
                     *                   "timestamp": "2025-03-11T16:42:10.200000000Z",
                     *                   "attributes": {
                     *                     "size": 2
                     *                   }
                     *                 }
                     *               ],
                     *               "spanContext": {
                     *                 "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                     *                 "spanId": "00f067aa0ba902b7",
                     *                 "traceFlags": 1
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationFlows"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetIntegrationFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The workflow's name.
                 * @example orders
                 */
                flow_name: components["parameters"]["flow_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "flow_orders",
                     *       "name": "orders",
                     *       "description": "Copies new orders to the ERP.",
                     *       "spans": [
                     *         {
                     *           "name": "webhook-orders",
                     *           "startTime": "2025-03-11T16:42:10.123456789Z",
                     *           "endTime": "2025-03-11T16:42:10.456789012Z",
                     *           "duration": 333.3,
                     *           "attributes": {
                     *             "task.id": "orders",
                     *             "task.type": "webhook",
                     *             "execution.id": "exec_5c1d9e"
                     *           },
                     *           "status": {
                     *             "code": 0
                     *           },
                     *           "ended": true,
                     *           "events": [
                     *             {
                     *               "name": "message",
                     *               "timestamp": "2025-03-11T16:42:10.200000000Z",
                     *               "attributes": {
                     *                 "size": 2
                     *               }
                     *             }
                     *           ],
                     *           "spanContext": {
                     *             "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                     *             "spanId": "00f067aa0ba902b7",
                     *             "traceFlags": 1
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationFlow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateIntegrationFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The workflow's name.
                 * @example orders
                 */
                flow_name: components["parameters"]["flow_name"];
            };
            cookie?: never;
        };
        /** @description The whole workflow. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "flow_orders",
                 *       "name": "orders",
                 *       "description": "Copies new orders to the ERP.",
                 *       "spans": [
                 *         {
                 *           "name": "webhook-orders",
                 *           "startTime": "2025-03-11T16:42:10.123456789Z",
                 *           "endTime": "2025-03-11T16:42:10.456789012Z",
                 *           "duration": 333.3,
                 *           "attributes": {
                 *             "task.id": "orders",
                 *             "task.type": "webhook",
                 *             "execution.id": "exec_5c1d9e"
                 *           },
                 *           "status": {
                 *             "code": 0
                 *           },
                 *           "ended": true,
                 *           "events": [
                 *             {
                 *               "name": "message",
                 *               "timestamp": "2025-03-11T16:42:10.200000000Z",
                 *               "attributes": {
                 *                 "size": 2
                 *               }
                 *             }
                 *           ],
                 *           "spanContext": {
                 *             "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                 *             "spanId": "00f067aa0ba902b7",
                 *             "traceFlags": 1
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationFlow"];
            };
        };
        responses: {
            /** @description The workflow as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "flow_orders",
                     *       "name": "orders",
                     *       "description": "Copies new orders to the ERP.",
                     *       "spans": [
                     *         {
                     *           "name": "webhook-orders",
                     *           "startTime": "2025-03-11T16:42:10.123456789Z",
                     *           "endTime": "2025-03-11T16:42:10.456789012Z",
                     *           "duration": 333.3,
                     *           "attributes": {
                     *             "task.id": "orders",
                     *             "task.type": "webhook",
                     *             "execution.id": "exec_5c1d9e"
                     *           },
                     *           "status": {
                     *             "code": 0
                     *           },
                     *           "ended": true,
                     *           "events": [
                     *             {
                     *               "name": "message",
                     *               "timestamp": "2025-03-11T16:42:10.200000000Z",
                     *               "attributes": {
                     *                 "size": 2
                     *               }
                     *             }
                     *           ],
                     *           "spanContext": {
                     *             "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
                     *             "spanId": "00f067aa0ba902b7",
                     *             "traceFlags": 1
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationFlow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The workflow's name.
                 * @example orders
                 */
                flow_name: components["parameters"]["flow_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    SuspendProject: {
        parameters: {
            query: {
                /**
                 * @description The environment to suspend.
                 * @example staging
                 */
                environment: string;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project, with the environment suspended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "name": "Acme order sync",
                     *       "starred": false,
                     *       "environments": [
                     *         {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "deployedVersion": {
                     *             "id": "01JRCGD40FZGD7VEG1KFQ3YGZ6",
                     *             "name": "v14",
                     *             "description": "Retry failed order syncs",
                     *             "labels": {
                     *               "channel": "stable"
                     *             },
                     *             "state": "ready",
                     *             "createdAt": "2025-03-11T16:42:10Z"
                     *           }
                     *         },
                     *         {
                     *           "id": "01JREZ2B9H0G4Z138MC2EDZFWP",
                     *           "name": "staging",
                     *           "status": "suspended",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z",
                     *           "publicUrl": "https://acme-order-sync-staging.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "currentFiles": {
                     *         "files": [
                     *           {
                     *             "filename": "src/index.ts",
                     *             "content": "import { webhook } from \"@versori/run\";\n\nexport const orders = webhook(\"orders\");\n"
                     *           },
                     *           {
                     *             "filename": "deno.json",
                     *             "content": "{ \"imports\": {} }\n"
                     *           }
                     *         ],
                     *         "labels": {
                     *           "team": "commerce"
                     *         }
                     *       },
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "dynamicVariablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "region": {
                     *             "type": "string"
                     *           }
                     *         }
                     *       },
                     *       "settings": {
                     *         "acceptCodeChangesAutomatically": false,
                     *         "testingMockWithAI": true
                     *       },
                     *       "metadata": {
                     *         "sentimentHistory": [
                     *           {
                     *             "timestamp": "2025-03-11T16:42:10Z",
                     *             "sentimentScore": 4,
                     *             "messageId": "msg_7f3a"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListConnections: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example djEz
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example djEx
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description Only connections to this system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id?: string;
                /**
                 * @description Only connections of this end user.
                 * @example cust-48213
                 */
                end_user_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "items": [
                     *         {
                     *           "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *           "name": "acme-store",
                     *           "credentials": [
                     *             {
                     *               "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *               "authSchemeConfig": {
                     *                 "type": "api-key",
                     *                 "apiKey": {
                     *                   "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *                   "description": "Store API key",
                     *                   "name": "X-Shopify-Access-Token",
                     *                   "in": "header"
                     *                 }
                     *               },
                     *               "credential": {
                     *                 "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *                 "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                 "type": "string",
                     *                 "name": "Acme store token",
                     *                 "data": {
                     *                   "string": {
                     *                     "value": "**redacted**"
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           ],
                     *           "baseUrl": "https://acme-store.myshopify.com",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *           "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The template, the connection and, for an end user's connection, their identifier. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX",
                 *       "externalId": "cust-48213",
                 *       "connection": {
                 *         "name": "northwind-shop",
                 *         "baseUrl": "https://northwind.myshopify.com",
                 *         "credentials": [
                 *           {
                 *             "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                 *             "authSchemeConfig": {
                 *               "type": "api-key",
                 *               "apiKey": {
                 *                 "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                 *                 "description": "Store API key",
                 *                 "name": "X-Shopify-Access-Token",
                 *                 "in": "header"
                 *               }
                 *             },
                 *             "credential": {
                 *               "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                 *               "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                 *               "type": "string",
                 *               "name": "Acme store token",
                 *               "data": {
                 *                 "string": {
                 *                   "value": "shpat_4f1e9c"
                 *                 }
                 *               }
                 *             }
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EnvSystemConnectionCreate"];
            };
        };
        responses: {
            /** @description The new connection. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *       "name": "acme-store",
                     *       "credentials": [
                     *         {
                     *           "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *           "authSchemeConfig": {
                     *             "type": "api-key",
                     *             "apiKey": {
                     *               "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *               "description": "Store API key",
                     *               "name": "X-Shopify-Access-Token",
                     *               "in": "header"
                     *             }
                     *           },
                     *           "credential": {
                     *             "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *             "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "type": "string",
                     *             "name": "Acme store token",
                     *             "data": {
                     *               "string": {
                     *                 "value": "**redacted**"
                     *               }
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "baseUrl": "https://acme-store.myshopify.com",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01JR7T5KB03HQF0SKGWWCFBSZJ
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *       "name": "acme-store",
                     *       "credentials": [
                     *         {
                     *           "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *           "authSchemeConfig": {
                     *             "type": "api-key",
                     *             "apiKey": {
                     *               "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *               "description": "Store API key",
                     *               "name": "X-Shopify-Access-Token",
                     *               "in": "header"
                     *             }
                     *           },
                     *           "credential": {
                     *             "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *             "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "type": "string",
                     *             "name": "Acme store token",
                     *             "data": {
                     *               "string": {
                     *                 "value": "**redacted**"
                     *               }
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "baseUrl": "https://acme-store.myshopify.com",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01JR7T5KB03HQF0SKGWWCFBSZJ
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        /** @description The connection's new fields. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "acme-store",
                 *       "baseUrl": "https://acme-store.myshopify.com",
                 *       "credentials": [
                 *         {
                 *           "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                 *           "authSchemeConfig": {
                 *             "type": "api-key",
                 *             "apiKey": {
                 *               "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                 *               "description": "Store API key",
                 *               "name": "X-Shopify-Access-Token",
                 *               "in": "header"
                 *             }
                 *           },
                 *           "credential": {
                 *             "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                 *             "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                 *             "type": "string",
                 *             "name": "Acme store token",
                 *             "data": {
                 *               "string": {
                 *                 "value": "shpat_77ab20"
                 *               }
                 *             }
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ConnectionUpdate"];
            };
        };
        responses: {
            /** @description The connection as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *       "name": "acme-store",
                     *       "credentials": [
                     *         {
                     *           "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *           "authSchemeConfig": {
                     *             "type": "api-key",
                     *             "apiKey": {
                     *               "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *               "description": "Store API key",
                     *               "name": "X-Shopify-Access-Token",
                     *               "in": "header"
                     *             }
                     *           },
                     *           "credential": {
                     *             "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *             "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "type": "string",
                     *             "name": "Acme store token",
                     *             "data": {
                     *               "string": {
                     *                 "value": "**redacted**"
                     *               }
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "baseUrl": "https://acme-store.myshopify.com",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01JR7T5KB03HQF0SKGWWCFBSZJ
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The connection is dynamic and an activation still uses it. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "conflict",
                     *       "message": "An end user with externalId cust-48213 already exists.",
                     *       "details": "Fetch the existing end user with GetEndUser instead."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    LinkConnectionToEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01JR7T5KB03HQF0SKGWWCFBSZJ
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        /** @description The connection template. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                 *     }
                 */
                "application/json": components["schemas"]["LinkConnectionEnvironment"];
            };
        };
        responses: {
            /** @description The connection was linked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UnlinkConnectionFromEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01JR7T5KB03HQF0SKGWWCFBSZJ
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        /** @description The connection template. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                 *     }
                 */
                "application/json": components["schemas"]["LinkConnectionEnvironment"];
            };
        };
        responses: {
            /** @description The link was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListEndUsers: {
        parameters: {
            query?: {
                /**
                 * @description Only users whose ULID, `externalId` or `displayName` matches this text.
                 * @example northwind
                 */
                search?: string;
                /**
                 * @description With `environment_id`: only users activated in that environment (true) or only those not activated there (false).
                 * @example true
                 */
                activated?: boolean;
                /**
                 * @description With `activated`: the environment whose activations filter the users.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id?: components["schemas"]["Ulid"];
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example djEz
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example djEx
                 */
                before?: components["parameters"]["before"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of end users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 2,
                     *       "users": [
                     *         {
                     *           "id": "01JRQGNM030PSNCMBHBTBWKFWM",
                     *           "externalId": "cust-48213",
                     *           "displayName": "Northwind Traders",
                     *           "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z"
                     *         },
                     *         {
                     *           "id": "01JRGKTWMD0SPPQJK7PZP2DKNR",
                     *           "externalId": "cust-50117",
                     *           "displayName": "Contoso Ltd",
                     *           "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EndUserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The user's identifier and name. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "externalId": "cust-48213",
                 *       "displayName": "Northwind Traders"
                 *     }
                 */
                "application/json": components["schemas"]["EndUserCreate"];
            };
        };
        responses: {
            /** @description The new end user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRQGNM030PSNCMBHBTBWKFWM",
                     *       "externalId": "cust-48213",
                     *       "displayName": "Northwind Traders",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-04T09:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EndUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description An end user with this `externalId` already exists. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "conflict",
                     *       "message": "An end user with externalId cust-48213 already exists.",
                     *       "details": "Fetch the existing end user with GetEndUser instead."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListAutomations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The automations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01JRHRF68VYNRN0YT9RMSAWZKP",
                     *         "name": "Weekly refund report",
                     *         "createdAt": "2025-03-04T09:15:00Z",
                     *         "promptTemplate": "Summarise last week's refunds for {{store}}.",
                     *         "secretNames": [
                     *           "STORE_TOKEN"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Automation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The automation. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Weekly refund report",
                 *       "promptTemplate": "Summarise last week's refunds for {{store}}."
                 *     }
                 */
                "application/json": components["schemas"]["AutomationCreate"];
            };
        };
        responses: {
            /** @description The new automation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRHRF68VYNRN0YT9RMSAWZKP",
                     *       "name": "Weekly refund report",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "promptTemplate": "Summarise last week's refunds for {{store}}.",
                     *       "secretNames": [
                     *         "STORE_TOKEN"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Automation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListAutomationRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01JR4MZT5NXXH6GDZ65G1Y6D1B",
                     *         "status": "completed",
                     *         "prompt": "Summarise last week's refunds for acme.",
                     *         "executionId": "exec_5c1d9e",
                     *         "artifacts": [
                     *           {
                     *             "name": "refunds.csv",
                     *             "url": "https://files.versori.example/runs/refunds.csv"
                     *           }
                     *         ]
                     *       },
                     *       {
                     *         "id": "01JRB1Q9GZKN0C3XW7T5VHE2MD",
                     *         "status": "running",
                     *         "prompt": "Summarise this week's refunds for acme.",
                     *         "executionId": "exec_6a0f3b"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AutomationRun"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    RunAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
            };
            cookie?: never;
        };
        /** @description The prompt and limits of the run. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "Summarise last week's refunds for acme.",
                 *       "maxSteps": 20,
                 *       "webhookUrl": "https://hooks.acme.example/versori/runs"
                 *     }
                 */
                "application/json": components["schemas"]["AutomationRunCreate"];
            };
        };
        responses: {
            /** @description The run was started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runId": "01JR4MZT5NXXH6GDZ65G1Y6D1B"
                     *     }
                     */
                    "application/json": components["schemas"]["AutomationRunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The automation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRHRF68VYNRN0YT9RMSAWZKP",
                     *       "name": "Weekly refund report",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "promptTemplate": "Summarise last week's refunds for {{store}}.",
                     *       "secretNames": [
                     *         "STORE_TOKEN"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Automation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "promptTemplate": "Summarise last week's refunds and chargebacks for {{store}}.",
                 *       "secrets": [
                 *         {
                 *           "name": "STORE_TOKEN",
                 *           "value": "shpat_4f1e9c"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AutomationUpdate"];
            };
        };
        responses: {
            /** @description The automation as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRHRF68VYNRN0YT9RMSAWZKP",
                     *       "name": "Weekly refund report",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "promptTemplate": "Summarise last week's refunds for {{store}}.",
                     *       "secretNames": [
                     *         "STORE_TOKEN"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Automation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListRecordings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recordings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01JREZQ6K6Q09CS8G99B8BH9R9",
                     *         "transcription": "Open the refunds page, filter by last week, export the table.",
                     *         "status": "completed"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AutomationRecording"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
            };
            cookie?: never;
        };
        /** @description The file to upload. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fileName": "refunds-walkthrough.webm",
                 *       "contentType": "video/webm",
                 *       "expirySeconds": 900,
                 *       "hasVoiceover": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateRecordingRequest"];
            };
        };
        responses: {
            /** @description The recording and its upload URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JREZQ6K6Q09CS8G99B8BH9R9",
                     *       "url": "https://storage.versori.example/recordings/refunds-walkthrough.webm?signature=3f9a"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateRecordingResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetAutomationRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
                /**
                 * @description The ULID of the automation run.
                 * @example 01JR4MZT5NXXH6GDZ65G1Y6D1B
                 */
                run_id: components["parameters"]["run_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR4MZT5NXXH6GDZ65G1Y6D1B",
                     *       "status": "completed",
                     *       "prompt": "Summarise last week's refunds for acme.",
                     *       "executionId": "exec_5c1d9e",
                     *       "artifacts": [
                     *         {
                     *           "name": "refunds.csv",
                     *           "url": "https://files.versori.example/runs/refunds.csv"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AutomationRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
                /**
                 * @description The ULID of the recording.
                 * @example 01JREZQ6K6Q09CS8G99B8BH9R9
                 */
                recording_id: components["parameters"]["recording_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JREZQ6K6Q09CS8G99B8BH9R9",
                     *       "transcription": "Open the refunds page, filter by last week, export the table.",
                     *       "status": "completed"
                     *     }
                     */
                    "application/json": components["schemas"]["AutomationRecording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the automation.
                 * @example 01JRHRF68VYNRN0YT9RMSAWZKP
                 */
                automation_id: components["parameters"]["automation_id"];
                /**
                 * @description The ULID of the recording.
                 * @example 01JREZQ6K6Q09CS8G99B8BH9R9
                 */
                recording_id: components["parameters"]["recording_id"];
            };
            cookie?: never;
        };
        /** @description The recording. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "recording_id": "01JREZQ6K6Q09CS8G99B8BH9R9"
                 *     }
                 */
                "application/json": components["schemas"]["TranscriptionCreate"];
            };
        };
        responses: {
            /** @description The transcription was requested. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JREZQ6K6Q09CS8G99B8BH9R9",
                     *       "transcription": "Open the refunds page, filter by last week, export the table.",
                     *       "status": "completed"
                     *     }
                     */
                    "application/json": components["schemas"]["AutomationRecording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListSchedulers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedulers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01JRXPT4W4NRWVZS79ZCKRD96C",
                     *         "name": "nightly-inventory",
                     *         "schedule": "0 2 * * *",
                     *         "url": "https://acme-order-sync.versori.run/schedules/nightly-inventory",
                     *         "environment_id": "01JR7ZAY1187NGRJXS8JZXA0P3"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Scheduler"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetScheduler: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the scheduler.
                 * @example 01JRXPT4W4NRWVZS79ZCKRD96C
                 */
                scheduler_id: components["parameters"]["scheduler_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scheduler. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRXPT4W4NRWVZS79ZCKRD96C",
                     *       "name": "nightly-inventory",
                     *       "schedule": "0 2 * * *",
                     *       "url": "https://acme-order-sync.versori.run/schedules/nightly-inventory",
                     *       "environment_id": "01JR7ZAY1187NGRJXS8JZXA0P3"
                     *     }
                     */
                    "application/json": components["schemas"]["Scheduler"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    TriggerScheduler: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the scheduler.
                 * @example 01JRXPT4W4NRWVZS79ZCKRD96C
                 */
                scheduler_id: components["parameters"]["scheduler_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run was started. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListActivations: {
        parameters: {
            query?: {
                /**
                 * @description List only the environment's static activation (the one of no end user). Meant for the platform's own tools.
                 * @example false
                 */
                static?: components["parameters"]["static"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01JRX16A2QAT4FBDEE1QQSA6XV",
                     *         "user": {
                     *           "id": "01JRQGNM030PSNCMBHBTBWKFWM",
                     *           "externalId": "cust-48213",
                     *           "displayName": "Northwind Traders",
                     *           "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z"
                     *         },
                     *         "environment": {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "connections": [
                     *           {
                     *             "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *             "name": "acme-store",
                     *             "credentials": [
                     *               {
                     *                 "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *                 "authSchemeConfig": {
                     *                   "type": "api-key",
                     *                   "apiKey": {
                     *                     "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *                     "description": "Store API key",
                     *                     "name": "X-Shopify-Access-Token",
                     *                     "in": "header"
                     *                   }
                     *                 },
                     *                 "credential": {
                     *                   "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Acme store token",
                     *                   "data": {
                     *                     "string": {
                     *                       "value": "**redacted**"
                     *                     }
                     *                   }
                     *                 }
                     *               }
                     *             ],
                     *             "baseUrl": "https://acme-store.myshopify.com",
                     *             "createdAt": "2025-03-04T09:15:00Z",
                     *             "updatedAt": "2025-03-11T16:42:10Z",
                     *             "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *             "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *           }
                     *         ],
                     *         "dynamicVariables": {
                     *           "region": "eu-west"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ActivationsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetActivation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the activation.
                 * @example 01JRX16A2QAT4FBDEE1QQSA6XV
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRX16A2QAT4FBDEE1QQSA6XV",
                     *       "user": {
                     *         "id": "01JRQGNM030PSNCMBHBTBWKFWM",
                     *         "externalId": "cust-48213",
                     *         "displayName": "Northwind Traders",
                     *         "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *         "createdAt": "2025-03-04T09:15:00Z",
                     *         "updatedAt": "2025-03-04T09:15:00Z"
                     *       },
                     *       "environment": {
                     *         "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *         "name": "production",
                     *         "status": "running",
                     *         "createdAt": "2025-03-04T09:15:00Z",
                     *         "updatedAt": "2025-03-11T16:42:10Z",
                     *         "publicUrl": "https://acme-order-sync.versori.run",
                     *         "executionPool": "versori-default",
                     *         "config": {
                     *           "deploymentSpec": {
                     *             "replicas": 2,
                     *             "staticIP": false,
                     *             "autoscaling": {
                     *               "maxReplicas": 4
                     *             },
                     *             "resources": {
                     *               "limits": {
                     *                 "cpu": "1",
                     *                 "memory": "1Gi"
                     *               },
                     *               "requests": {
                     *                 "cpu": "250m",
                     *                 "memory": "256Mi"
                     *               }
                     *             }
                     *           }
                     *         }
                     *       },
                     *       "connections": [
                     *         {
                     *           "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *           "name": "acme-store",
                     *           "credentials": [
                     *             {
                     *               "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *               "authSchemeConfig": {
                     *                 "type": "api-key",
                     *                 "apiKey": {
                     *                   "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *                   "description": "Store API key",
                     *                   "name": "X-Shopify-Access-Token",
                     *                   "in": "header"
                     *                 }
                     *               },
                     *               "credential": {
                     *                 "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *                 "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                 "type": "string",
                     *                 "name": "Acme store token",
                     *                 "data": {
                     *                   "string": {
                     *                     "value": "**redacted**"
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           ],
                     *           "baseUrl": "https://acme-store.myshopify.com",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *           "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *         }
                     *       ],
                     *       "dynamicVariables": {
                     *         "region": "eu-west"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Activation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteActivation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the activation.
                 * @example 01JRX16A2QAT4FBDEE1QQSA6XV
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activation was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    SetStaticUserVariables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        /** @description The variables to set, by name. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "region": "eu-west",
                 *       "warehouse": "rotterdam"
                 *     }
                 */
                "application/json": components["schemas"]["DynamicVariables"];
            };
        };
        responses: {
            /** @description The static activation's variables as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "region": "eu-west",
                     *       "warehouse": "rotterdam"
                     *     }
                     */
                    "application/json": components["schemas"]["DynamicVariables"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateEnvironmentConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
            };
            cookie?: never;
        };
        /** @description The settings. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deploymentSpec": {
                 *         "replicas": 2,
                 *         "staticIP": false,
                 *         "autoscaling": {
                 *           "maxReplicas": 4
                 *         },
                 *         "resources": {
                 *           "limits": {
                 *             "cpu": "1",
                 *             "memory": "1Gi",
                 *             "storage": "2Gi"
                 *           },
                 *           "requests": {
                 *             "cpu": "250m",
                 *             "memory": "256Mi",
                 *             "storage": "1Gi"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EnvironmentConfig"];
            };
        };
        responses: {
            /** @description The settings were stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    SetDynamicVariables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the activation.
                 * @example 01JRX16A2QAT4FBDEE1QQSA6XV
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        /** @description The variables to set, by name. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "region": "eu-west",
                 *       "warehouse": "rotterdam"
                 *     }
                 */
                "application/json": components["schemas"]["DynamicVariables"];
            };
        };
        responses: {
            /** @description The activation's variables as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "region": "eu-west",
                     *       "warehouse": "rotterdam"
                     *     }
                     */
                    "application/json": components["schemas"]["DynamicVariables"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    SetDynamicVariable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The ULID of the activation.
                 * @example 01JRX16A2QAT4FBDEE1QQSA6XV
                 */
                activation_id: components["parameters"]["activation_id"];
                /**
                 * @description The variable's name, as the project's variables schema defines it.
                 * @example warehouse
                 */
                variable_name: components["parameters"]["variable_name"];
            };
            cookie?: never;
        };
        /** @description The new value. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": "rotterdam"
                 *     }
                 */
                "application/json": components["schemas"]["DynamicVariableValue"];
            };
        };
        responses: {
            /** @description The activation's variables as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "region": "eu-west",
                     *       "warehouse": "rotterdam"
                     *     }
                     */
                    "application/json": components["schemas"]["DynamicVariables"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListUserActivations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id: components["parameters"]["environment_id"];
                /**
                 * @description The end user, by the organisation's identifier (`externalId`).
                 * @example cust-48213
                 */
                external_user_id: components["parameters"]["external_user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01JRX16A2QAT4FBDEE1QQSA6XV",
                     *         "user": {
                     *           "id": "01JRQGNM030PSNCMBHBTBWKFWM",
                     *           "externalId": "cust-48213",
                     *           "displayName": "Northwind Traders",
                     *           "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-04T09:15:00Z"
                     *         },
                     *         "environment": {
                     *           "id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "name": "production",
                     *           "status": "running",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "publicUrl": "https://acme-order-sync.versori.run",
                     *           "executionPool": "versori-default",
                     *           "config": {
                     *             "deploymentSpec": {
                     *               "replicas": 2,
                     *               "staticIP": false,
                     *               "autoscaling": {
                     *                 "maxReplicas": 4
                     *               },
                     *               "resources": {
                     *                 "limits": {
                     *                   "cpu": "1",
                     *                   "memory": "1Gi"
                     *                 },
                     *                 "requests": {
                     *                   "cpu": "250m",
                     *                   "memory": "256Mi"
                     *                 }
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "connections": [
                     *           {
                     *             "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *             "name": "acme-store",
                     *             "credentials": [
                     *               {
                     *                 "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *                 "authSchemeConfig": {
                     *                   "type": "api-key",
                     *                   "apiKey": {
                     *                     "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *                     "description": "Store API key",
                     *                     "name": "X-Shopify-Access-Token",
                     *                     "in": "header"
                     *                   }
                     *                 },
                     *                 "credential": {
                     *                   "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Acme store token",
                     *                   "data": {
                     *                     "string": {
                     *                       "value": "**redacted**"
                     *                     }
                     *                   }
                     *                 }
                     *               }
                     *             ],
                     *             "baseUrl": "https://acme-store.myshopify.com",
                     *             "createdAt": "2025-03-04T09:15:00Z",
                     *             "updatedAt": "2025-03-11T16:42:10Z",
                     *             "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *             "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *           }
                     *         ],
                     *         "dynamicVariables": {
                     *           "region": "eu-west"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Activation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The end user, by the organisation's identifier (`externalId`) or the platform's ULID.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The end user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRQGNM030PSNCMBHBTBWKFWM",
                     *       "externalId": "cust-48213",
                     *       "displayName": "Northwind Traders",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-04T09:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EndUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The end user, by the organisation's identifier (`externalId`) or the platform's ULID.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The end user was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetActivationConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connection template (a system as one environment uses it).
                 * @example 01JRYR64PT6H1MZ1EBFNZKNSEX
                 */
                env_system_id: components["parameters"]["env_system_id"];
                /**
                 * @description The ULID of the activation.
                 * @example 01JRX16A2QAT4FBDEE1QQSA6XV
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *       "name": "acme-store",
                     *       "credentials": [
                     *         {
                     *           "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *           "authSchemeConfig": {
                     *             "type": "api-key",
                     *             "apiKey": {
                     *               "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *               "description": "Store API key",
                     *               "name": "X-Shopify-Access-Token",
                     *               "in": "header"
                     *             }
                     *           },
                     *           "credential": {
                     *             "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *             "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "type": "string",
                     *             "name": "Acme store token",
                     *             "data": {
                     *               "string": {
                     *                 "value": "**redacted**"
                     *               }
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "baseUrl": "https://acme-store.myshopify.com",
                     *       "createdAt": "2025-03-04T09:15:00Z",
                     *       "updatedAt": "2025-03-11T16:42:10Z",
                     *       "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListSystems: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example djEz
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example djEx
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description Only items whose name contains this text.
                 * @example shop
                 */
                search?: components["parameters"]["search"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of systems. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "items": [
                     *         {
                     *           "id": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *           "name": "Shopify",
                     *           "domain": "shopify.com",
                     *           "templateBaseUrl": "https://{shop}.myshopify.com/admin/api/2025-01",
                     *           "authSchemeConfigs": [
                     *             {
                     *               "type": "api-key",
                     *               "apiKey": {
                     *                 "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *                 "description": "Store API key",
                     *                 "name": "X-Shopify-Access-Token",
                     *                 "in": "header"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SystemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateSystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The system. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Shopify",
                 *       "domain": "shopify.com",
                 *       "templateBaseUrl": "https://{shop}.myshopify.com/admin/api/2025-01",
                 *       "authSchemeConfigs": [
                 *         {
                 *           "type": "api-key",
                 *           "apiKey": {
                 *             "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                 *             "description": "Store API key",
                 *             "name": "X-Shopify-Access-Token",
                 *             "in": "header"
                 *           }
                 *         }
                 *       ],
                 *       "labels": {
                 *         "category": "commerce"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SystemCreate"];
            };
        };
        responses: {
            /** @description The new system. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "name": "Shopify",
                     *       "domain": "shopify.com",
                     *       "templateBaseUrl": "https://{shop}.myshopify.com/admin/api/2025-01",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "type": "api-key",
                     *           "apiKey": {
                     *             "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *             "description": "Store API key",
                     *             "name": "X-Shopify-Access-Token",
                     *             "in": "header"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["System"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetSystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The system. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "name": "Shopify",
                     *       "domain": "shopify.com",
                     *       "templateBaseUrl": "https://{shop}.myshopify.com/admin/api/2025-01",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "type": "api-key",
                     *           "apiKey": {
                     *             "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *             "description": "Store API key",
                     *             "name": "X-Shopify-Access-Token",
                     *             "in": "header"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["System"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateSystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "templateBaseUrl": "https://{shop}.myshopify.com/admin/api/2025-04"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSystem"];
            };
        };
        responses: {
            /** @description The system as it is now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "name": "Shopify",
                     *       "domain": "shopify.com",
                     *       "templateBaseUrl": "https://{shop}.myshopify.com/admin/api/2025-01",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "type": "api-key",
                     *           "apiKey": {
                     *             "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *             "description": "Store API key",
                     *             "name": "X-Shopify-Access-Token",
                     *             "in": "header"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["System"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteSystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The system was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description A project still uses the system. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "conflict",
                     *       "message": "An end user with externalId cust-48213 already exists.",
                     *       "details": "Fetch the existing end user with GetEndUser instead."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    LinkSystemActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The ULIDs of the actions. */
        requestBody: {
            content: {
                /**
                 * @example [
                 *       "01JR117R9X31XDKC51TTFEH8HF"
                 *     ]
                 */
                "application/json": components["schemas"]["Ulid"][];
            };
        };
        responses: {
            /** @description The actions were linked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    LinkSystemTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The ULIDs of the triggers. */
        requestBody: {
            content: {
                /**
                 * @example [
                 *       "01JR1BRAVSYF7P8XNES2KVYPT1"
                 *     ]
                 */
                "application/json": components["schemas"]["Ulid"][];
            };
        };
        responses: {
            /** @description The triggers were linked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListSystemActions: {
        parameters: {
            query?: {
                /**
                 * @description Only those of this project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id?: components["parameters"]["project_id_query"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actions, shaped as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "actions": [
                     *         {
                     *           "id": "01JR117R9X31XDKC51TTFEH8HF",
                     *           "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *           "type": "http",
                     *           "name": "getOrder",
                     *           "summary": "Get an order",
                     *           "description": "Reads one order by its id.",
                     *           "method": "GET",
                     *           "path": "/orders/{orderId}.json",
                     *           "parameters": [
                     *             {
                     *               "name": "orderId",
                     *               "in": "path",
                     *               "required": true,
                     *               "type": "string"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ActionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateSystemActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        /** @description The actions and an optional project. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "projectId": "01JR1BZQCYS9AMYX9277MZHQ8C",
                 *       "actions": [
                 *         {
                 *           "name": "getOrder",
                 *           "summary": "Get an order",
                 *           "type": "http",
                 *           "method": "GET",
                 *           "path": "/orders/{orderId}.json"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateActions"];
            };
        };
        responses: {
            /** @description The new actions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01JR117R9X31XDKC51TTFEH8HF",
                     *         "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *         "type": "http",
                     *         "name": "getOrder",
                     *         "summary": "Get an order",
                     *         "description": "Reads one order by its id.",
                     *         "method": "GET",
                     *         "path": "/orders/{orderId}.json",
                     *         "parameters": [
                     *           {
                     *             "name": "orderId",
                     *             "in": "path",
                     *             "required": true,
                     *             "type": "string"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Action"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetSystemAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The ULID of the action.
                 * @example 01JR117R9X31XDKC51TTFEH8HF
                 */
                action_id: components["parameters"]["action_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR117R9X31XDKC51TTFEH8HF",
                     *       "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "type": "http",
                     *       "name": "getOrder",
                     *       "summary": "Get an order",
                     *       "description": "Reads one order by its id.",
                     *       "method": "GET",
                     *       "path": "/orders/{orderId}.json",
                     *       "parameters": [
                     *         {
                     *           "name": "orderId",
                     *           "in": "path",
                     *           "required": true,
                     *           "type": "string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateSystemAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The ULID of the action.
                 * @example 01JR117R9X31XDKC51TTFEH8HF
                 */
                action_id: components["parameters"]["action_id"];
            };
            cookie?: never;
        };
        /** @description The whole action. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "01JR117R9X31XDKC51TTFEH8HF",
                 *       "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                 *       "type": "http",
                 *       "name": "getOrder",
                 *       "summary": "Get an order",
                 *       "description": "Reads one order by its id.",
                 *       "method": "GET",
                 *       "path": "/orders/{orderId}.json",
                 *       "parameters": [
                 *         {
                 *           "name": "orderId",
                 *           "in": "path",
                 *           "required": true,
                 *           "type": "string"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Action"];
            };
        };
        responses: {
            /** @description The action as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR117R9X31XDKC51TTFEH8HF",
                     *       "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "type": "http",
                     *       "name": "getOrder",
                     *       "summary": "Get an order",
                     *       "description": "Reads one order by its id.",
                     *       "method": "GET",
                     *       "path": "/orders/{orderId}.json",
                     *       "parameters": [
                     *         {
                     *           "name": "orderId",
                     *           "in": "path",
                     *           "required": true,
                     *           "type": "string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteSystemAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The ULID of the action.
                 * @example 01JR117R9X31XDKC51TTFEH8HF
                 */
                action_id: components["parameters"]["action_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListSystemTriggers: {
        parameters: {
            query?: {
                /**
                 * @description Only those of this project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id?: components["parameters"]["project_id_query"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The triggers, shaped as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "triggers": [
                     *         {
                     *           "id": "01JR1BRAVSYF7P8XNES2KVYPT1",
                     *           "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *           "name": "ordersCreate",
                     *           "description": "Sent when a customer places an order.",
                     *           "summary": "Order created",
                     *           "type": "http",
                     *           "method": "POST",
                     *           "parameters": [
                     *             {
                     *               "name": "X-Shopify-Topic",
                     *               "in": "header",
                     *               "required": true,
                     *               "type": "string"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TriggerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateSystemTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        /** @description The triggers and an optional project. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "projectId": "01JR1BZQCYS9AMYX9277MZHQ8C",
                 *       "triggers": [
                 *         {
                 *           "name": "ordersCreate",
                 *           "summary": "Order created",
                 *           "method": "POST"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateTriggers"];
            };
        };
        responses: {
            /** @description The new triggers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01JR1BRAVSYF7P8XNES2KVYPT1",
                     *         "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *         "name": "ordersCreate",
                     *         "description": "Sent when a customer places an order.",
                     *         "summary": "Order created",
                     *         "type": "http",
                     *         "method": "POST",
                     *         "parameters": [
                     *           {
                     *             "name": "X-Shopify-Topic",
                     *             "in": "header",
                     *             "required": true,
                     *             "type": "string"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Trigger"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpsertAuthSchemeConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The id of the authentication configuration, as chosen by its author.
                 * @example 01JRH9Y0GMSHGBSKEQ93AATC1N
                 */
                auth_scheme_config_id: components["parameters"]["auth_scheme_config_id"];
            };
            cookie?: never;
        };
        /** @description The configuration. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "api-key",
                 *       "apiKey": {
                 *         "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                 *         "description": "Store API key",
                 *         "name": "X-Shopify-Access-Token",
                 *         "in": "header"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AuthSchemeConfig"];
            };
        };
        responses: {
            /** @description The configuration as stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "api-key",
                     *       "apiKey": {
                     *         "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *         "description": "Store API key",
                     *         "name": "X-Shopify-Access-Token",
                     *         "in": "header"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AuthSchemeConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteAuthSchemeConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
                /**
                 * @description The id of the authentication configuration, as chosen by its author.
                 * @example 01JRH9Y0GMSHGBSKEQ93AATC1N
                 */
                auth_scheme_config_id: components["parameters"]["auth_scheme_config_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListEnvironmentConnections: {
        parameters: {
            query?: {
                /**
                 * @description The environment to look at.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                env_id?: components["parameters"]["env_id"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connections, shaped as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "items": [
                     *         {
                     *           "id": "01JR7T5KB03HQF0SKGWWCFBSZJ",
                     *           "name": "acme-store",
                     *           "credentials": [
                     *             {
                     *               "id": "01JRBDGSR701BCGC8FW9JP7ENG",
                     *               "authSchemeConfig": {
                     *                 "type": "api-key",
                     *                 "apiKey": {
                     *                   "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *                   "description": "Store API key",
                     *                   "name": "X-Shopify-Access-Token",
                     *                   "in": "header"
                     *                 }
                     *               },
                     *               "credential": {
                     *                 "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                     *                 "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                 "type": "string",
                     *                 "name": "Acme store token",
                     *                 "data": {
                     *                   "string": {
                     *                     "value": "**redacted**"
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           ],
                     *           "baseUrl": "https://acme-store.myshopify.com",
                     *           "createdAt": "2025-03-04T09:15:00Z",
                     *           "updatedAt": "2025-03-11T16:42:10Z",
                     *           "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *           "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListProjectConnectionTemplates: {
        parameters: {
            query?: {
                /**
                 * @description The environment to look at.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                env_id?: components["parameters"]["env_id"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection templates, shaped as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "items": [
                     *         {
                     *           "id": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *           "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX",
                     *           "name": "shopify",
                     *           "domain": "shopify.com",
                     *           "dynamic": true,
                     *           "templateBaseUrl": "https://{shop}.myshopify.com/admin/api/2025-01",
                     *           "authSchemeConfigs": [
                     *             {
                     *               "type": "api-key",
                     *               "apiKey": {
                     *                 "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *                 "description": "Store API key",
                     *                 "name": "X-Shopify-Access-Token",
                     *                 "in": "header"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EnvironmentSystemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateConnectionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The system, the environment and the name. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "systemId": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                 *       "name": "shopify",
                 *       "environmentId": "01JR7ZAY1187NGRJXS8JZXA0P3",
                 *       "dynamic": true
                 *     }
                 */
                "application/json": components["schemas"]["ConnectionTemplateCreate"];
            };
        };
        responses: {
            /** @description The new connection template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX",
                     *       "name": "shopify",
                     *       "domain": "shopify.com",
                     *       "dynamic": true,
                     *       "templateBaseUrl": "https://{shop}.myshopify.com/admin/api/2025-01",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "type": "api-key",
                     *           "apiKey": {
                     *             "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *             "description": "Store API key",
                     *             "name": "X-Shopify-Access-Token",
                     *             "in": "header"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateConnectionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the connection template.
                 * @example 01JRYR64PT6H1MZ1EBFNZKNSEX
                 */
                template_id: components["parameters"]["template_id"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "shopify",
                 *       "dynamic": true,
                 *       "authSchemeConfigIds": [
                 *         "01JRH9Y0GMSHGBSKEQ93AATC1N"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateConnectionTemplate"];
            };
        };
        responses: {
            /** @description The connection template as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRRXZVSZD9W5DZ2S6CFVPMBW",
                     *       "connectionTemplateId": "01JRYR64PT6H1MZ1EBFNZKNSEX",
                     *       "name": "shopify",
                     *       "domain": "shopify.com",
                     *       "dynamic": true,
                     *       "templateBaseUrl": "https://{shop}.myshopify.com/admin/api/2025-01",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "type": "api-key",
                     *           "apiKey": {
                     *             "id": "01JRH9Y0GMSHGBSKEQ93AATC1N",
                     *             "description": "Store API key",
                     *             "name": "X-Shopify-Access-Token",
                     *             "in": "header"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteConnectionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the connection template.
                 * @example 01JRYR64PT6H1MZ1EBFNZKNSEX
                 */
                template_id: components["parameters"]["template_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection template was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    InitialiseOAuth2Connection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        /** @description The credential, the provider's authorisation endpoint, the client and the scopes. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "credential": {
                 *         "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                 *         "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                 *       },
                 *       "authorizeUrl": "https://accounts.example.com/oauth2/authorize",
                 *       "redirectUrl": "https://app.example.com/oauth/callback",
                 *       "clientId": "acme-versori",
                 *       "scopes": [
                 *         "orders.read"
                 *       ],
                 *       "prompt": "consent"
                 *     }
                 */
                "application/json": components["schemas"]["InitialiseOAuth2ConnectionRequest"];
            };
        };
        responses: {
            /** @description The URL to send the user to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://accounts.example.com/oauth2/authorize?client_id=acme-versori&response_type=code&scope=orders.read+offline_access&state=c2t5Ym94&prompt=consent&redirect_uri=https%3A%2F%2Fapp.example.com%2Foauth%2Fcallback"
                     *     }
                     */
                    "application/json": components["schemas"]["InitialiseOAuth2ConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    InitialiseOAuth1Connection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the system.
                 * @example 01JRRXZVSZD9W5DZ2S6CFVPMBW
                 */
                system_id: components["parameters"]["system_id"];
            };
            cookie?: never;
        };
        /** @description The credential holding the consumer key and secret. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "credential": {
                 *         "id": "01JRASCRXGFTKHQHYMSAHAVHV4",
                 *         "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InitialiseOAuth1ConnectionRequest"];
            };
        };
        responses: {
            /** @description The URL to send the user to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://api.example.com/oauth/authorize?oauth_token=hh5s93j4hdidpola"
                     *     }
                     */
                    "application/json": components["schemas"]["InitialiseOAuth1ConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListIssues: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description The id of the last issue of the previous page, to fetch the issues that follow it.
                 * @example 01JR92PJKGD6B0N4AMJG91P5JJ
                 */
                after?: string;
                /**
                 * @description The id of the first issue of a page, to fetch the issues that precede it.
                 * @example 01JR92PJKGD6B0N4AMJG91P5JJ
                 */
                before?: string;
                /**
                 * @description The date that orders the list, `createdAt` when absent. The CLI never sends it; with `lastSeenAt`, issue ids no longer follow the order, so page with the default.
                 * @example lastSeenAt
                 */
                search_date?: "createdAt" | "lastSeenAt";
                /**
                 * @description Only issues with this status; all when absent.
                 * @example open
                 */
                status?: components["schemas"]["IssueStatusEnum"];
                /**
                 * @description Only issues of this project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id?: string;
                /**
                 * @description Only issues of this environment.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                environment_id?: string;
                /**
                 * @description Only issues of this severity; all when absent.
                 * @example high
                 */
                severity?: components["schemas"]["IssueSeverityEnum"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The issues. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "01JR92PJKGD6B0N4AMJG91P5JJ",
                     *         "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *         "projectId": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *         "environmentId": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *         "status": "open",
                     *         "reason": "error",
                     *         "message": "getOrder answered 429 Too Many Requests 12 times in 5 minutes.",
                     *         "title": "Shopify rate limit reached",
                     *         "labels": {
                     *           "system": "shopify"
                     *         },
                     *         "annotations": {
                     *           "firstExecution": "exec_5c1d9e"
                     *         },
                     *         "createdAt": "2025-03-11T16:42:10Z",
                     *         "resolvedAt": null,
                     *         "lastSeenAt": "2025-03-12T08:05:31Z",
                     *         "seenCount": 12,
                     *         "severity": "medium"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Issue"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The issue. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                 *       "projectId": "01JR1BZQCYS9AMYX9277MZHQ8C",
                 *       "environmentId": "01JR7ZAY1187NGRJXS8JZXA0P3",
                 *       "reason": "manual",
                 *       "severity": "low",
                 *       "title": "Check the ERP timeout",
                 *       "message": "Orders above 500 lines time out."
                 *     }
                 */
                "application/json": components["schemas"]["CreateIssue"];
            };
        };
        responses: {
            /** @description The new issue. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR92PJKGD6B0N4AMJG91P5JJ",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "projectId": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "environmentId": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *       "status": "open",
                     *       "reason": "error",
                     *       "message": "getOrder answered 429 Too Many Requests 12 times in 5 minutes.",
                     *       "title": "Shopify rate limit reached",
                     *       "labels": {
                     *         "system": "shopify"
                     *       },
                     *       "annotations": {
                     *         "firstExecution": "exec_5c1d9e"
                     *       },
                     *       "createdAt": "2025-03-11T16:42:10Z",
                     *       "resolvedAt": null,
                     *       "lastSeenAt": "2025-03-12T08:05:31Z",
                     *       "seenCount": 12,
                     *       "severity": "medium"
                     *     }
                     */
                    "application/json": components["schemas"]["Issue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the issue.
                 * @example 01JR92PJKGD6B0N4AMJG91P5JJ
                 */
                issue_id: components["parameters"]["issue_id"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "resolved",
                 *       "resolutionStatus": "resolved",
                 *       "resolvedAt": "2025-03-12T08:05:31Z"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateIssue"];
            };
        };
        responses: {
            /** @description The issue as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JR92PJKGD6B0N4AMJG91P5JJ",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "projectId": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "environmentId": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *       "status": "open",
                     *       "reason": "error",
                     *       "message": "getOrder answered 429 Too Many Requests 12 times in 5 minutes.",
                     *       "title": "Shopify rate limit reached",
                     *       "labels": {
                     *         "system": "shopify"
                     *       },
                     *       "annotations": {
                     *         "firstExecution": "exec_5c1d9e"
                     *       },
                     *       "createdAt": "2025-03-11T16:42:10Z",
                     *       "resolvedAt": null,
                     *       "lastSeenAt": "2025-03-12T08:05:31Z",
                     *       "seenCount": 12,
                     *       "severity": "medium"
                     *     }
                     */
                    "application/json": components["schemas"]["Issue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListNotificationChannels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "01JRGTKWN66Y6QTNP09T4GF64J",
                     *           "organisation_id": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *           "name": "On-call email",
                     *           "type": "email",
                     *           "config": {
                     *             "email": {
                     *               "to": "oncall@acme.example",
                     *               "cc": [
                     *                 "ops@acme.example"
                     *               ]
                     *             }
                     *           },
                     *           "created_at": "2025-03-04T09:15:00Z",
                     *           "updated_at": "2025-03-04T09:15:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationChannelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateNotificationChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The channel. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "On-call email",
                 *       "type": "email",
                 *       "config": {
                 *         "email": {
                 *           "to": "oncall@acme.example",
                 *           "cc": [
                 *             "ops@acme.example"
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateNotificationChannel"];
            };
        };
        responses: {
            /** @description The new channel. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRGTKWN66Y6QTNP09T4GF64J",
                     *       "organisation_id": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "name": "On-call email",
                     *       "type": "email",
                     *       "config": {
                     *         "email": {
                     *           "to": "oncall@acme.example",
                     *           "cc": [
                     *             "ops@acme.example"
                     *           ]
                     *         }
                     *       },
                     *       "created_at": "2025-03-04T09:15:00Z",
                     *       "updated_at": "2025-03-04T09:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationChannel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteNotificationChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the notification channel.
                 * @example 01JRGTKWN66Y6QTNP09T4GF64J
                 */
                channel_id: components["parameters"]["channel_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListProjectNotifications: {
        parameters: {
            query?: {
                /**
                 * @description The environment to look at.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                env_id?: components["parameters"]["env_id"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "01JRQGFC09Y7RBAXR9DJTPQXZK",
                     *           "project_id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *           "environment_id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *           "channel_id": "01JRGTKWN66Y6QTNP09T4GF64J",
                     *           "created_at": "2025-03-11T16:42:10Z",
                     *           "name": "Production errors",
                     *           "channelName": "On-call email",
                     *           "type": "email",
                     *           "config": {
                     *             "email": {
                     *               "to": "oncall@acme.example",
                     *               "cc": [
                     *                 "ops@acme.example"
                     *               ]
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectNotificationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateProjectNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** @description The channel, the environment and a name. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel_id": "01JRGTKWN66Y6QTNP09T4GF64J",
                 *       "environment_id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                 *       "name": "Production errors"
                 *     }
                 */
                "application/json": components["schemas"]["CreateProjectNotification"];
            };
        };
        responses: {
            /** @description The new notification. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRQGFC09Y7RBAXR9DJTPQXZK",
                     *       "project_id": "01JR1BZQCYS9AMYX9277MZHQ8C",
                     *       "environment_id": "01JR7ZAY1187NGRJXS8JZXA0P3",
                     *       "channel_id": "01JRGTKWN66Y6QTNP09T4GF64J",
                     *       "created_at": "2025-03-11T16:42:10Z",
                     *       "name": "Production errors",
                     *       "channelName": "On-call email",
                     *       "type": "email",
                     *       "config": {
                     *         "email": {
                     *           "to": "oncall@acme.example",
                     *           "cc": [
                     *             "ops@acme.example"
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectNotification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteProjectNotification: {
        parameters: {
            query?: {
                /**
                 * @description The environment to look at.
                 * @example 01JR7ZAY1187NGRJXS8JZXA0P3
                 */
                env_id?: components["parameters"]["env_id"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the project.
                 * @example 01JR1BZQCYS9AMYX9277MZHQ8C
                 */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description The ULID of the project notification.
                 * @example 01JRQGFC09Y7RBAXR9DJTPQXZK
                 */
                notification_id: components["parameters"]["notification_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetOrganisationMetricsSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deployedProjects": {
                     *         "current": 7,
                     *         "past": 5
                     *       },
                     *       "totalExecutions": {
                     *         "current": 48210,
                     *         "past": 39877
                     *       },
                     *       "totalErrors": {
                     *         "current": 112,
                     *         "past": 140
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["OrganisationMetricsSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetProjectMetricsSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures, by project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": {
                     *         "01JR1BZQCYS9AMYX9277MZHQ8C": {
                     *           "totalExecutions": {
                     *             "current": 20114,
                     *             "past": 18002
                     *           },
                     *           "totalErrors": {
                     *             "current": 31,
                     *             "past": 44
                     *           },
                     *           "averageLatency": {
                     *             "current": 412,
                     *             "past": 455
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectMetricsSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListStores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stores. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "stores": [
                     *         {
                     *           "id": "01JRAJBGCRAFM36A6TAPHT1E1G",
                     *           "orgId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *           "name": "order-state"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListStoresResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The store's name. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "order-state"
                 *     }
                 */
                "application/json": components["schemas"]["CreateStoreRequest"];
            };
        };
        responses: {
            /** @description The new store. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JRAJBGCRAFM36A6TAPHT1E1G"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateStoreResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetKV: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
                /**
                 * @description The key, as one path segment (for keys of several parts use the batch operations). `batch`, `list` and `count` cannot be used: those paths belong to other operations.
                 * @example order-1042
                 */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The value and its versionstamp. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "value": {
                     *         "status": "copied"
                     *       },
                     *       "versionstamp": "00000000000000a10000",
                     *       "createdAt": "2025-03-11T16:42:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["GetKVResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    SetKV: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
                /**
                 * @description The key, as one path segment (for keys of several parts use the batch operations). `batch`, `list` and `count` cannot be used: those paths belong to other operations.
                 * @example order-1042
                 */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        /** @description The value and the write options. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": {
                 *         "status": "copied"
                 *       },
                 *       "options": {
                 *         "expireIn": 604800000,
                 *         "ifNotExists": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SetKVRequest"];
            };
        };
        responses: {
            /** @description The outcome of the write. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "committed": true,
                     *       "versionstamp": "00000000000000a20000"
                     *     }
                     */
                    "application/json": components["schemas"]["SetKVResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteKV: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
                /**
                 * @description The key, as one path segment (for keys of several parts use the batch operations). `batch`, `list` and `count` cannot be used: those paths belong to other operations.
                 * @example order-1042
                 */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        /** @description The delete options. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "options": {
                 *         "cascade": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DeleteKVRequest"];
            };
        };
        responses: {
            /** @description The outcome of the delete. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["DeleteKVResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    BatchSetKV: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
            };
            cookie?: never;
        };
        /** @description The entries to write. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entries": [
                 *         {
                 *           "key": [
                 *             "orders",
                 *             "1042"
                 *           ],
                 *           "value": {
                 *             "status": "copied"
                 *           }
                 *         },
                 *         {
                 *           "key": [
                 *             "orders",
                 *             "1043"
                 *           ],
                 *           "value": {
                 *             "status": "pending"
                 *           },
                 *           "options": {
                 *             "expireIn": 86400000
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchSetKVRequest"];
            };
        };
        responses: {
            /** @description What happened to each entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "successes": [
                     *         {
                     *           "ok": true,
                     *           "committed": true,
                     *           "versionstamp": "00000000000000a30000"
                     *         }
                     *       ],
                     *       "failures": [
                     *         {
                     *           "key": [
                     *             "orders",
                     *             "1043"
                     *           ],
                     *           "error": "value too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BatchSetKVResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    BatchGetKV: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
            };
            cookie?: never;
        };
        /** @description The keys to read. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "keys": [
                 *         [
                 *           "orders",
                 *           "1042"
                 *         ],
                 *         [
                 *           "orders",
                 *           "1043"
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchGetKVRequest"];
            };
        };
        responses: {
            /** @description The entries found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "key": [
                     *             "orders",
                     *             "1042"
                     *           ],
                     *           "value": {
                     *             "status": "copied"
                     *           },
                     *           "versionstamp": "00000000000000a10000",
                     *           "createdAt": "2025-03-11T16:42:10Z",
                     *           "expiresAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BatchGetKVResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    BatchDeleteKV: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
            };
            cookie?: never;
        };
        /** @description The keys to delete. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "keys": [
                 *         [
                 *           "orders",
                 *           "1042"
                 *         ],
                 *         [
                 *           "orders",
                 *           "1043"
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchDeleteKVRequest"];
            };
        };
        responses: {
            /** @description The keys were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["BatchDeleteKVResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListKV: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
            };
            cookie?: never;
        };
        /** @description What to list and how. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "selector": {
                 *         "prefix": [
                 *           "orders"
                 *         ]
                 *       },
                 *       "options": {
                 *         "limit": 50
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ListKVRequest"];
            };
        };
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "key": [
                     *             "orders",
                     *             "1042"
                     *           ],
                     *           "value": {
                     *             "status": "copied"
                     *           },
                     *           "versionstamp": "00000000000000a10000",
                     *           "createdAt": "2025-03-11T16:42:10Z",
                     *           "expiresAt": null
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": "",
                     *         "prevCursor": ""
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ListKVResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CountKV: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the KV store (see CreateStore).
                 * @example 01JRAJBGCRAFM36A6TAPHT1E1G
                 */
                store: components["parameters"]["store"];
            };
            cookie?: never;
        };
        /** @description What to count. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "selector": {
                 *         "prefix": [
                 *           "orders"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CountKVRequest"];
            };
        };
        responses: {
            /** @description The count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 1287
                     *     }
                     */
                    "application/json": components["schemas"]["CountKVResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
