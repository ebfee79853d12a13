CREATE TABLE "application_events" (
	"application_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"body" jsonb NOT NULL,
	"note" text,
	"actor_account_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_events_pkey" PRIMARY KEY("application_id","seq")
);
--> statement-breakpoint
CREATE TABLE "application_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	"letter_type" text,
	"is_public_to_applicant" boolean DEFAULT false NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_account_id" uuid,
	CONSTRAINT "application_files_role_check" CHECK ("application_files"."role" in ('attachment', 'letter')),
	CONSTRAINT "application_files_size_check" CHECK ("application_files"."size" between 0 and 20971520)
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"tracking_number" text NOT NULL,
	"query_code_hash" text NOT NULL,
	"channel" text NOT NULL,
	"applicant_type" text NOT NULL,
	"applicant" jsonb NOT NULL,
	"contact" jsonb NOT NULL,
	"description" text NOT NULL,
	"delivery_form" text NOT NULL,
	"delivery_method" text NOT NULL,
	"accessibility_needs" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_on" date,
	"status" text NOT NULL,
	"due_on" date,
	"outcome" text,
	"ended_on" date,
	"handler_account_id" uuid,
	"registered_by_account_id" uuid,
	"idempotency_key" text,
	"imported_from" text,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_applicant_type_check" CHECK ("applications"."applicant_type" in ('naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg')),
	CONSTRAINT "applications_channel_check" CHECK ("applications"."channel" in ('online', 'inPerson', 'post', 'fax')),
	CONSTRAINT "applications_description_length_check" CHECK (char_length("applications"."description") <= 5000)
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"account_id" uuid,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reply_templates" (
	"agency_id" uuid NOT NULL,
	"letter_type" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "reply_templates_pkey" PRIMARY KEY("agency_id","letter_type")
);
--> statement-breakpoint
CREATE TABLE "tracking_sequences" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "tracking_sequences_pkey" PRIMARY KEY("agency_id","year")
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"day" date NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "calendar_days_pkey" PRIMARY KEY("day","source"),
	CONSTRAINT "calendar_days_source_check" CHECK ("calendar_days"."source" in ('official', 'local')),
	CONSTRAINT "calendar_days_kind_check" CHECK ("calendar_days"."kind" in ('holiday', 'swappedWorkday', 'workday'))
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"notice" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "calendar_years_year_check" CHECK ("calendar_years"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_handler_account_id_accounts_id_fk" FOREIGN KEY ("handler_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_registered_by_account_id_accounts_id_fk" FOREIGN KEY ("registered_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_templates" ADD CONSTRAINT "reply_templates_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_templates" ADD CONSTRAINT "reply_templates_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_sequences" ADD CONSTRAINT "tracking_sequences_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_agency_idx" ON "application_events" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "application_files_application_idx" ON "application_files" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_tracking_number_key" ON "applications" USING btree ("tracking_number");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_idempotency_key" ON "applications" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "applications_agency_due_idx" ON "applications" USING btree ("agency_id","due_on");--> statement-breakpoint
CREATE INDEX "applications_agency_received_idx" ON "applications" USING btree ("agency_id","received_on");--> statement-breakpoint
CREATE INDEX "applications_agency_ended_idx" ON "applications" USING btree ("agency_id","ended_on");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_once_key" ON "reminders" USING btree ("application_id","kind","due_on");--> statement-breakpoint
CREATE INDEX "reminders_account_idx" ON "reminders" USING btree ("account_id","read_at");