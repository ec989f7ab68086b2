#!/bin/sh
# Follow a live blog across copies: each of four copies of the (invented)
# Marrow Bay flooding blog is merged into one archive, and the feed is rebuilt
# from the whole archive, so every post and every guid survives the next copy.
# A build script would run the two commands of the loop every ten minutes with
# the newest copy, keeping the archive between runs.
#
#   sh examples/follow-blog.sh [output folder]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/output/marrow-bay}
mkdir -p "$out"
# This demo starts a new archive each time it runs; a real build keeps it.
rm -f "$out/marrow-bay.json"

# The CLI of this clone; where @liveblog/cli is installed, `npx liveblog`.
liveblog() { node "$here/../packages/cli/bin/liveblog.js" "$@"; }

# When each copy was taken: relative times ("21 min ago") count from it.
for copy in 1:2025-11-12T08:30:00-05:00 2:2025-11-12T09:40:00-05:00 \
  3:2025-11-12T12:35:00-05:00 4:2025-11-12T15:15:00-05:00; do
  n=${copy%%:*}
  now=${copy#*:}
  # Merge the copy; write only what it added (e.g. for a notification).
  liveblog "$here/input/marrow-bay/marrow-bay-$n.txt" \
    --now "$now" \
    --archive "$out/marrow-bay.json" --only-new \
    --to markdown -o "$out/new-$n.md" --quiet
  # The feed from the whole archive (merging the same copy again changes nothing).
  liveblog "$here/input/marrow-bay/marrow-bay-$n.txt" \
    --now "$now" \
    --archive "$out/marrow-bay.json" \
    --to rss --url https://example.com/live/marrow-bay \
    --description 'Flooding in Marrow Bay, as it happens' \
    -o "$out/feed.xml" --silent
done
echo "Wrote $out/marrow-bay.json and $out/feed.xml"
