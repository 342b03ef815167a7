#!/usr/bin/env bash
# Verifies the hash chain of the audit log straight from the database and names
# the first altered row (exit status 1 when the chain is broken).
#
#   tools/verify-audit.sh [jdbc-url] [user] [password]
#   default: jdbc:postgresql://127.0.0.1:5432/genuka postgres ""
set -euo pipefail
cd "$(dirname "$0")/.."
URL="${1:-jdbc:postgresql://127.0.0.1:5432/genuka}"
USER_NAME="${2:-postgres}"
PASSWORD="${3:-}"
[ -f ejb/target/classes/com/genuka/privacy/audit/control/AuditChainCommand.class ] || ./mvnw -q -DskipTests install
./mvnw -q -pl ejb exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=com.genuka.privacy.audit.control.AuditChainCommand \
  -Dexec.args="--url $URL --user $USER_NAME --password $PASSWORD"
