CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "art20_figures" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"licensing_decisions" integer,
	"penalty_decisions" integer,
	"enforcement_decisions" integer,
	"fees_wan_yuan" text,
	"updated_by_account_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "art20_figures_pkey" PRIMARY KEY("agency_id","year")
);
--> statement-breakpoint
CREATE TABLE "catalog_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"index_pattern" text NOT NULL,
	"interpretation_due_working_days" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "classifications" (
	"scheme" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_code" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "classifications_pkey" PRIMARY KEY("scheme","code"),
	CONSTRAINT "classifications_scheme_check" CHECK ("classifications"."scheme" in ('subject', 'genre'))
);
--> statement-breakpoint
CREATE TABLE "index_sequences" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "index_sequences_pkey" PRIMARY KEY("agency_id","year")
);
--> statement-breakpoint
CREATE TABLE "info_item_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"extracted_text" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "info_item_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"action" text NOT NULL,
	"stage" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_account_id" uuid,
	"comment" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "info_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"index_number" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"document_number" text,
	"written_on" date,
	"published_on" date,
	"subject_code" text NOT NULL,
	"genre_code" text NOT NULL,
	"validity" text,
	"valid_from" date,
	"valid_until" date,
	"body_html" text DEFAULT '' NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"author_account_id" uuid,
	"scheduled_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"interprets_item_id" uuid,
	"search_vector" "tsvector",
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "info_items_kind_check" CHECK ("info_items"."kind" in ('general', 'regulation', 'normativeDocument', 'interpretation')),
	CONSTRAINT "info_items_status_check" CHECK ("info_items"."status" in ('draft', 'firstReview', 'secondReview', 'finalReview', 'scheduled', 'published', 'withdrawn')),
	CONSTRAINT "info_items_validity_check" CHECK ("info_items"."validity" is null or "info_items"."validity" in ('inForce', 'amended', 'expired', 'abolished'))
);
--> statement-breakpoint
CREATE TABLE "register_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"event" text NOT NULL,
	"effective_on" date NOT NULL,
	"related_item_id" uuid,
	"note" text,
	"recorded_by_account_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "register_events_event_check" CHECK ("register_events"."event" in ('issued', 'amended', 'expired', 'abolished'))
);
--> statement-breakpoint
ALTER TABLE "role_grants" DROP CONSTRAINT "role_grants_role_check";--> statement-breakpoint
ALTER TABLE "art20_figures" ADD CONSTRAINT "art20_figures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "art20_figures" ADD CONSTRAINT "art20_figures_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_settings" ADD CONSTRAINT "catalog_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_sequences" ADD CONSTRAINT "index_sequences_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_item_attachments" ADD CONSTRAINT "info_item_attachments_item_id_info_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."info_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_item_attachments" ADD CONSTRAINT "info_item_attachments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_item_history" ADD CONSTRAINT "info_item_history_item_id_info_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."info_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_item_history" ADD CONSTRAINT "info_item_history_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_item_history" ADD CONSTRAINT "info_item_history_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_items" ADD CONSTRAINT "info_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_items" ADD CONSTRAINT "info_items_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_events" ADD CONSTRAINT "register_events_item_id_info_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."info_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_events" ADD CONSTRAINT "register_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_events" ADD CONSTRAINT "register_events_related_item_id_info_items_id_fk" FOREIGN KEY ("related_item_id") REFERENCES "public"."info_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_events" ADD CONSTRAINT "register_events_recorded_by_account_id_accounts_id_fk" FOREIGN KEY ("recorded_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "info_item_attachments_item_idx" ON "info_item_attachments" USING btree ("item_id","position");--> statement-breakpoint
CREATE INDEX "info_item_history_item_idx" ON "info_item_history" USING btree ("item_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "info_items_agency_index_number_key" ON "info_items" USING btree ("agency_id","index_number");--> statement-breakpoint
CREATE INDEX "info_items_agency_status_published_idx" ON "info_items" USING btree ("agency_id","status","published_on");--> statement-breakpoint
CREATE INDEX "info_items_status_published_idx" ON "info_items" USING btree ("status","published_on");--> statement-breakpoint
CREATE INDEX "info_items_interprets_idx" ON "info_items" USING btree ("interprets_item_id");--> statement-breakpoint
CREATE INDEX "info_items_search_idx" ON "info_items" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "info_items_title_trgm_idx" ON "info_items" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "register_events_item_idx" ON "register_events" USING btree ("item_id","effective_on");--> statement-breakpoint
CREATE INDEX "register_events_agency_effective_idx" ON "register_events" USING btree ("agency_id","effective_on");--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_role_check" CHECK ("role_grants"."role" in ('registrar', 'handler', 'reviewer', 'approver', 'agencyAdmin', 'systemAdmin', 'securityOfficer', 'auditor'));