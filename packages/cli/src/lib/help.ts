import {type Format, readers, writers} from './formats.js'

function table(list: Format[]): string {
  return list
    .map(
      (format) =>
        `  ${format.name.padEnd(10)} ${format.extensions.join(' ').padEnd(16)} ${format.description}`
    )
    .join('\n')
}

export function help(version: string): string {
  return `Usage: liveblog [options] [path | glob …]

Convert live blogs between formats (liveblog ${version}).

Input formats (--from; guessed from the extension, else from the content):
${table(readers)}

Output formats (--to; guessed from -o, else json):
${table(writers)}
  ./writer.js                 a module whose default export is a unified compiler plugin

Options:
  -f, --from <format>         input format
  -t, --to <format|path>      output format, or a custom writer module
  -o, --output <file|folder>  write there instead of standard output: \`-\` is
                              standard output; DIR/ (trailing slash), an existing
                              folder or a name without extension is a folder
                              (DIR/NAME.EXT per input); else one file
      --file-path <path>      the name standard input is read as (format, config)
  -u, --use <plugin[=opts]>   use a unified plugin (path or package), opts as
                              JSON or key:value,key:value; repeatable
  -s, --setting <key=value>   a reader/writer option (value parsed as JSON when it can be)
      --archive <file>        merge this run into an lbast JSON archive of the
                              blog (created when missing), then write the
                              output from the whole archive
      --only-new              with --archive: output only posts the archive
                              did not hold before this run
  -c, --config <path>         use this config file (no lookup)
      --no-config             do not look for config files
  -i, --ignore-path <path>    ignore file (default: .liveblogignore lookup)
  -q, --quiet                 report only warnings and errors
  -S, --silent                report only errors
      --frail                 exit 1 on warnings too (alias: --fail-if-warnings)
      --verbose               report every message, with notes and URLs
      --report <text|json>    report format (json: every message, machine-readable)
  -w, --watch                 convert again when an input changes (Ctrl-C stops)
  -j, --jobs <n>              convert a batch with n worker threads (default: one
                              per CPU; 1: in this process); batches under 1 MB
                              of input, standard input, --archive and --watch
                              run in this process
      --list-input-formats    print the input format names
      --list-output-formats   print the output format names
      --color, --no-color     colour the report (default: when stderr is a TTY)
  -h, --help                  show this help
  -v, --version               show the version

Reader and writer options:
      --url <url>             the blog's page URL (absolute http or https)
      --feed-url <url>        the feed's own URL (rss, atom, jsonfeed)
      --post-url <template>   a post's URL, with {id} for its id (feeds, html)
      --title <text>          title (feeds, html: overrides the page's)
      --description <text>    description (feeds, html)
      --language <tag>        BCP 47 language tag (en, en-GB)
      --now <iso date>        when the page was read: relative times ("21 min ago")
                              count from it (cnn); the feed's build date (rss, atom);
                              with --archive, default: the file's modification time
      --time-zone <zone>      IANA zone for times printed without a zone (cnn, html)
      --encoding <label>      input encoding (default: UTF-8 when valid, else
                              detected, with a message): windows-1252, …
      --sort <source|time>    item order: source (default) or time, newest first
                              (feeds, html)
      --indent <0-10|tab>     indent JSON
      --no-positions          drop node positions from JSON

Config: liveblog.config.json|js|mjs|cjs|yaml, or a "liveblog" field in
package.json, looked up from each input's folder upwards:
  {"settings": {"title": "…"}, "plugins": ["./my-plugin.js"]}

Exit codes: 0 done, 1 a file failed (or warned, with --frail), 2 usage error.

Examples:
  liveblog page.txt                              # JSON tree on standard output
  liveblog --from cnn --to json < page.txt       # the same from standard input
  liveblog page.txt -o feed.xml --url https://example.com/live
  liveblog 'blogs/*.txt' --to markdown -o out/   # many files into a folder
  liveblog page.txt --use ./only-author.mjs=author:Ana --to ./digest.mjs
  liveblog copy.txt --archive blog.json --to rss --url https://example.com/live -o feed.xml
`
}
