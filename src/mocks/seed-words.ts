// Word lists for the seed: what a mid-size voice-AI company's Coval org would really hold.
import type { Environment } from '../api/enums'

/** A standalone service key name and what it is used for (opens its description). */
export type ServiceEntry = readonly [name: string, usage: string]
/** A purpose served by one of several tools: named `purpose (tool)`. */
export type ToolEntry = readonly [purpose: string, usage: string, tools: readonly string[]]

export const SERVICES: readonly ServiceEntry[] = [
  ['Billing webhook worker', 'Posts usage and invoice events from the billing service to Coval'],
  ['Nightly eval runner', 'Starts the nightly regression evaluation of every production agent'],
  ['Grafana exporter', 'Exports run metrics to the Grafana Cloud dashboards'],
  ['Terraform provider', 'Manages agents, test sets and scheduled runs as code'],
  ['Zapier integration', 'Lets the ops team trigger simulations from Zapier'],
  ['Transcript ingestion worker', 'Uploads call transcripts from the contact-center pipeline'],
  ['Slack alert bot', 'Posts failed-run alerts to #agent-quality'],
  ['Release gate', 'Blocks deploys when the pre-release eval score drops'],
  ['Weekly quality report', 'Builds the weekly agent-quality report for leadership'],
  ['Persona sync job', 'Syncs customer personas from the CRM every hour'],
  ['Voice agent canary', 'Runs canary simulations against each new voice agent build'],
  ['Support console backend', 'Looks up conversation traces for support tickets'],
  ['Metrics backfill job', 'Recomputes historical metrics after a metric definition changes'],
  ['Customer health dashboard', 'Reads dashboards for the customer-success health view'],
  ['Test-case generator', 'Turns recent failed conversations into new test cases'],
  ['Scheduled run orchestrator', 'Creates and updates scheduled runs for every team'],
  ['Trace archiver', 'Copies traces to cold storage after 30 days'],
  ['Incident responder', 'Pauses scheduled runs while an incident is open'],
  ['Partner portal', 'Shows eval results to reseller partners'],
  ['Key rotation lambda', 'Rotates service keys every 90 days'],
  ['Audit log shipper', 'Ships API-key audit events to the SIEM'],
  ['Run template publisher', 'Publishes approved run templates to every workspace'],
  ['Outbound call simulator', 'Simulates outbound sales calls against the dialer agent'],
  ['Conversation replay service', 'Replays production conversations against candidate prompts'],
  ['Prompt regression checker', 'Scores every prompt change before it is merged'],
  ['Agent config deployer', 'Pushes agent configuration on every release'],
  ['Data retention job', 'Deletes personas and reports that are past retention'],
  ['LLM judge calibrator', 'Compares LLM-judge scores with human review samples'],
  ['Sandbox provisioner', 'Creates onboarding sandboxes for new customers'],
  ['Latency SLO monitor', 'Watches time-to-first-word across simulations'],
  ['QA review tool', 'Lets reviewers submit labelled conversations'],
  ['Sales demo workspace', 'Powers the live demo workspace used by sales'],
  ['Usage metering worker', 'Reads run counts for usage-based billing'],
  ['Compliance evidence collector', 'Exports key and report inventories for SOC 2 evidence'],
  ['Multilingual eval runner', 'Runs the Spanish, Portuguese and German eval suites'],
  ['Escalation classifier', 'Tags conversations that should have gone to a human'],
  ['Agent scorecard API', 'Serves agent scorecards to the customer app'],
  ['Red-team simulation runner', 'Runs jailbreak and prompt-injection personas weekly'],
  ['Appointment bot evaluator', 'Scores the scheduling agent on booking accuracy'],
  ['Call summary webhook', 'Receives conversation summaries for the CRM timeline'],
  ['Golden set curator', 'Promotes reviewed conversations into the golden test set'],
  ['Hallucination monitor', 'Flags answers that contradict the knowledge base'],
  ['Quarterly business review export', 'Exports report PDFs for customer QBRs'],
  ['Model upgrade comparator', 'Compares a new model against production on the same test sets'],
  ['Persona generator', 'Drafts synthetic caller personas from call-center taxonomies'],
  ['Status page probe', 'Checks that simulations start within the SLO'],
]

export const TOOL_PURPOSES: readonly ToolEntry[] = [
  ['CI pipeline', 'Runs the regression suite on every merge to main', ['GitHub Actions', 'GitLab CI', 'CircleCI', 'Buildkite', 'Jenkins']],
  ['Data warehouse sync', 'Loads runs, metrics and conversations into the warehouse', ['Fivetran', 'Airbyte', 'Snowflake', 'BigQuery', 'dbt Cloud']],
  ['Metrics exporter', 'Exports run metrics for alerting and dashboards', ['Datadog', 'Prometheus', 'New Relic', 'Honeycomb']],
  ['On-call alerts', 'Opens an incident when a scheduled run fails', ['PagerDuty', 'Opsgenie', 'incident.io']],
  ['Workflow automation', 'Triggers runs and collects reports from no-code workflows', ['n8n', 'Make', 'Workato', 'Tray.io']],
  ['Infrastructure as code', 'Keeps agents and scheduled runs in version control', ['Pulumi', 'Crossplane', 'OpenTofu']],
  ['BI dashboards', 'Reads reports and dashboards for business reviews', ['Looker', 'Metabase', 'Tableau', 'Mode']],
  ['Ticket sync', 'Links failed conversations to support tickets', ['Zendesk', 'Jira', 'Linear', 'Intercom']],
  ['Log forwarding', 'Forwards traces to the central log platform', ['Splunk', 'Elastic', 'Sumo Logic']],
  ['Notebook jobs', 'Runs scheduled analysis notebooks over eval results', ['Databricks', 'Hex', 'Deepnote']],
  ['Deploy hook', 'Starts a smoke simulation after each deploy', ['Vercel', 'Argo CD', 'Spinnaker', 'Render']],
  ['Secrets sync', 'Distributes this key to runtime environments', ['Vault', 'Doppler', 'AWS Secrets Manager']],
  ['Voice platform bridge', 'Sends call recordings for simulation and scoring', ['Twilio', 'Vapi', 'Retell', 'LiveKit']],
  ['CRM enrichment', 'Attaches agent scores to accounts in the CRM', ['Salesforce', 'HubSpot']],
  ['Eval orchestration', 'Fans out eval jobs across workers', ['Airflow', 'Dagster', 'Temporal', 'Prefect']],
]

/** Names that only make sense in one environment. */
export const ENVIRONMENT_SERVICES: Readonly<Record<Environment, readonly ServiceEntry[]>> = {
  PRODUCTION: [
    ['Production health check', 'Pings the API every minute from the status page'],
    ['Customer-facing eval API', 'Backs the eval results embedded in the customer app'],
    ['Primary API gateway', 'Authenticates gateway calls to Coval on behalf of tenants'],
    ['Live call sampler', 'Samples 2% of live calls for scoring'],
    ['Enterprise SSO bridge', 'Maps enterprise tenants to their Coval workspaces'],
  ],
  STAGING: [
    ['Staging smoke tests', 'Runs the smoke suite after every staging deploy'],
    ['Pre-release regression suite', 'Runs the full regression suite before each release'],
    ['Load test harness', 'Drives 500 concurrent simulations during load tests'],
    ['QA automation', 'Runs the QA team’s end-to-end checks'],
    ['Staging data refresh', 'Copies anonymised personas into staging every Sunday'],
    ['Release candidate canary', 'Scores release candidates against the golden test set'],
  ],
  DEVELOPMENT: [
    ['Local docker-compose stack', 'Used by the local development stack'],
    ['Preview environments', 'Shared by every pull-request preview environment'],
    ['SDK integration tests', 'Runs the TypeScript and Python SDK test suites'],
    ['Hackathon prototype', 'Built during the spring hackathon'],
    ['Feature branch sandbox', 'Throwaway key for feature-branch experiments'],
    ['Mock server contract tests', 'Checks the mock server against the real API'],
  ],
}

/** Suffixes that tell apart two keys for the same job. */
export const NAME_VARIANTS: Readonly<Record<Environment, readonly string[]>> = {
  PRODUCTION: ['(EU)', '(US)', '(APAC)', '(us-east-1)', '(eu-west-1)', '(primary)', '(failover)', 'v2', '(legacy)'],
  STAGING: ['(staging)', '— staging', '(staging EU)', '(QA)', 'v2', '(perf)'],
  DEVELOPMENT: ['(dev)', '(sandbox)', '— local', '(preview)', 'v2', '(test)'],
}

export const PEOPLE: readonly string[] = [
  'Ana Lima', 'Priya Raman', 'Kwame Mensah', 'Wei Chen', 'Sofia Rossi', 'Mateo García', 'Yuki Tanaka',
  'Olusegun Adeyemi', 'Fatima Al-Sayed', 'Lukas Becker', 'Chloé Martin', 'Noa Levi', 'Aroha Ngata',
  'Diego Fernández', 'Emily Carter', 'Jakub Nowak', 'Amara Okafor', 'Hiroshi Sato', 'Leila Haddad',
  'Sven Lindqvist', 'Camila Torres', 'Arjun Mehta', 'Grace Kim', 'Tomás Silva', 'Ingrid Johansson',
  'Marcus Brown', 'Zeynep Yılmaz', 'Nikolai Petrov', 'Aisha Bello', 'Daniel O’Connor', 'Mei Lin',
  'Rafael Costa', 'Hannah Schmidt', 'Kofi Asante', 'Elena Popescu', 'Ravi Krishnan', 'Sarah Cohen',
  'Jun Park', 'Lucía Navarro', 'Thabo Nkosi', 'Olivia Wright', 'Mohammed Rahman', 'Isabelle Dubois',
  'Kenji Watanabe', 'Nadia Haddad', 'Pedro Alves', 'Freya Nielsen', 'Samuel Osei', 'Anjali Nair',
  'Ethan Walker', 'Mariam Khalil', 'Oskar Wiśniewski', 'Valentina Ruiz', 'Tariq Aziz', 'Julia Novak',
]

/** What a person uses their own key for: anywhere, or in one environment. */
export const USER_PURPOSES_ANY: readonly string[] = ['CLI', 'laptop', 'Postman', 'Jupyter notebook', 'IDE plugin', 'scripts']
export const USER_PURPOSES: Readonly<Record<Environment, readonly string[]>> = {
  PRODUCTION: ['on-call debugging', 'support escalations', 'data exports', 'customer demos', 'incident triage', 'read-only audit', 'quarterly review'],
  STAGING: ['release testing', 'QA sign-off', 'staging debugging', 'demo rehearsal', 'load testing'],
  DEVELOPMENT: ['local dev', 'sandbox', 'prompt experiments', 'hackathon', 'SDK testing', 'dashboard prototype', 'persona drafting'],
}

export const TEAMS: readonly string[] = [
  'Platform', 'Data', 'Billing', 'SRE', 'Growth', 'Solutions Engineering', 'QA', 'Security', 'ML Evals',
  'Support', 'Voice AI', 'Integrations',
]

export const TICKET_PREFIXES: readonly string[] = ['OPS', 'SEC', 'PLAT', 'DATA', 'BILL', 'INC', 'SUP', 'ENG', 'QA', 'CS']

/** Sentences around a ticket reference; `{ticket}` is replaced. */
export const TICKET_SENTENCES: readonly string[] = [
  'Requested in {ticket}.', 'Approved in {ticket}.', 'See {ticket}.', 'Created for {ticket}.',
  'Rotated per {ticket}.', 'Scopes reviewed in {ticket}.',
]

export const SERVICE_NOTES: readonly string[] = [
  'Rotate every 90 days.', 'Do not rotate without telling #sre-oncall first.', 'Temporary: revoke after the migration.',
  'Read-only on purpose; ask Security before widening it.', 'Shared with the vendor under the DPA.',
  'Stored in Vault at secret/coval/api.', 'Only called from the VPC egress IPs.', 'Owner on PTO until further notice.',
]

export const USER_NOTES: readonly string[] = [
  'Personal key, do not share.', 'Contractor access; ends with the engagement.', 'Delete when the trial ends.',
  'Kept in 1Password.', 'Break-glass use only.',
]

/** Exactly 200 characters: the longest name the API accepts. */
export const LONG_NAME =
  'Legacy EU transcript ingestion bridge for the data-residency migration — owned by Platform and Data; ' +
  'do not delete until every tenant has moved off the v1 pipeline (OPS-231, SEC-48, DATA-977, BILL-88)'

/** Names that break careless rendering: length, right-to-left text, emoji, markup. */
export const HOSTILE_NAMES: readonly string[] = [
  LONG_NAME,
  'مفتاح الإنتاج الرئيسي',
  '🚀 Launch bot 🤖',
  '<img src=x onerror=alert(1)>',
  '"quotes" & <b>tags</b>',
  // Spreadsheet formulas and CSV's own punctuation: an export must neutralise and quote them.
  '=HYPERLINK("https://example.test","open me")',
  'Billing, "legacy"\nexport job',
]

const LONG_DESCRIPTION_SECTIONS = [
  [
    'Service key for the contact-center ingestion pipeline that moves call recordings and transcripts from the',
    'telephony provider into Coval for scoring. It runs in the ingest-prod Kubernetes namespace (three replicas,',
    'autoscaling to twelve during business hours in the Americas) and is owned by the Data team, with SRE as the',
    'escalation path outside business hours.',
  ],
  [
    'History: created in OPS-1423 when the old nightly batch export was retired; scopes narrowed in SEC-212 after',
    'the Q3 access review; rotated in INC-3071 after the key showed up in a CI log; rotated again in SEC-540 during',
    'the annual pentest; suspended for two hours in INC-3310 while a runaway backfill created duplicate runs.',
  ],
  [
    'Before rotating: announce in #data-eng and #sre-oncall at least 24 hours ahead, update the secret in Vault at',
    'secret/ingest/coval, restart the ingest-worker deployment, and watch the ingestion lag dashboard for 30',
    'minutes. Do not suspend this key during the monthly billing close (first three business days of the month):',
    'billing reads call counts from the runs this key creates.',
  ],
  [
    'Known consumers besides the worker: the backfill job (DATA-977), the QA sampling notebook, the weekly quality',
    'report and the EU replica of the pipeline, which reads the same Vault path. If ingestion lag passes 15 minutes,',
    'check the telephony provider status page first, then the worker logs in Grafana (dashboard "Ingest / Lag"),',
    'then page SRE. Never widen this key to api-keys:* or personas:delete; open a SEC ticket instead.',
  ],
  [
    'Contacts: Ana Lima (primary), Kwame Mensah (secondary), Priya Raman (Security reviewer), Lukas Becker (SRE).',
    'Review cadence: quarterly, next review in the January access audit; evidence is exported to the SOC 2 folder.',
    'Retention: recordings ingested with this key are kept for 90 days, transcripts for 13 months, per DPA v4.',
  ],
  [
    'Open questions: whether the EU replica should get its own key (PLAT-2231), whether the QA notebook still needs',
    'conversations:read after the sampling rewrite, and who owns this key after the Data team reorganisation in Q1;',
    'until that is decided, Ana Lima stays the owner of record and nobody deletes this key.',
  ],
]
/** The key that carries the longest description, named after what that description documents. */
export const LONG_DESCRIPTION_NAME = 'Contact-center ingestion pipeline'
/** Exactly 2000 characters: the longest description the API accepts. */
export const LONG_DESCRIPTION = LONG_DESCRIPTION_SECTIONS.map((lines) => lines.join(' '))
  .join('\n\n')
  .slice(0, 1999)
  .concat('…')
