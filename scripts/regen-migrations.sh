#!/usr/bin/env bash
# Regenerates the initial migration of both providers from the current model. Used while the
# schema has never been released; once a database exists in production, add migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf Bot.Host/Storage/Migrations
dotnet build Bot.Host -v q -nologo >/dev/null
dotnet ef migrations add Initial --no-build --project Bot.Host --context SqliteBotDbContext --output-dir Storage/Migrations/Sqlite
dotnet ef migrations add Initial --no-build --project Bot.Host --context PostgresBotDbContext --output-dir Storage/Migrations/Postgres
dotnet build Bot.Host -v q -nologo >/dev/null
