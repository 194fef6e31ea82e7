#!/usr/bin/env bash
# Creates the platform topics on the Compose cluster: the same names, partitions and settings as the typed registry
# (schemas/src/main/java/org/asistream/schemas/Topics.java), replication factor 3 and min.insync.replicas 2.
# deploy/manifests' ComposeFileTest checks the `create` lines below against Topics.all().
set -euo pipefail
bootstrap="${BOOTSTRAP_SERVERS:?BOOTSTRAP_SERVERS not set}"
topics=/opt/kafka/bin/kafka-topics.sh

create() {
  local name="$1" partitions="$2" configs="$3"
  local args=(--bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name"
              --partitions "$partitions" --replication-factor 3 --config min.insync.replicas=2)
  local config
  IFS=',' read -ra config <<< "$configs"
  for entry in "${config[@]}"; do args+=(--config "$entry"); done
  "$topics" "${args[@]}"
}

create asi.pathway-events.v1 6 cleanup.policy=delete,retention.ms=-1,retention.bytes=-1
create asi.reference-data.v1 1 cleanup.policy=compact,min.compaction.lag.ms=0
create asi.views.trust-day.v1 6 cleanup.policy=compact
create asi.views.data-quality.v1 1 cleanup.policy=compact
create asi.views.clock.v1 1 cleanup.policy=compact
create asi.dead-letters.v1 1 cleanup.policy=delete,retention.ms=-1,retention.bytes=-1
create asi.event-id-conflicts.v1 6 cleanup.policy=delete,retention.ms=-1,retention.bytes=-1
create asi.ingest-rejections.v1 6 cleanup.policy=delete,retention.ms=-1,retention.bytes=-1

"$topics" --bootstrap-server "$bootstrap" --describe --topics-with-overrides
