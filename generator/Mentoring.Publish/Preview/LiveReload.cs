namespace Mentoring.Publish.Preview;

/// <summary>
/// The browser side of <c>serve</c>: one script, loaded by a tag that only preview builds inject before
/// <c>&lt;/body&gt;</c> (through <c>BuildSettings.InjectBeforeBodyEnd</c>; <c>build</c> never sets it). The script
/// listens to server-sent events: <c>reload</c> reloads the page, <c>build-error</c> shows the errors over it,
/// <c>hello</c> reloads a page that missed a rebuild while the connection was down.
/// </summary>
public static class LiveReload
{
    /// <summary>The event stream sits outside any base path and never collides with the site's own folders.</summary>
    public const string EventsPath = "/__mentoring/events";

    /// <summary>Attribute that marks the injected tag; tests look for it to prove where the script is and is not.</summary>
    public const string Marker = "data-mentoring-live-reload";

    /// <summary>
    /// Inline, because the build checks every <c>src</c> against the site's own files and the event stream is not
    /// one of them. (A theme that adds a Content-Security-Policy without 'unsafe-inline' would need a nonce here.)
    /// </summary>
    public const string Tag = "<script " + Marker + ">\n" + Script + "</script>\n";

    public const string ReloadEvent = "reload";

    public const string ErrorEvent = "build-error";

    public const string HelloEvent = "hello";

    /// <summary>Plain ES5 for old browsers; all text is set with textContent, never as HTML.</summary>
    public const string Script = """
        (function () {
          'use strict';
          if (!window.EventSource) { return; }
          var seen = null;
          var box = null;
          function hide() {
            if (box && box.parentNode) { box.parentNode.removeChild(box); }
            box = null;
          }
          function element(tag, text, css) {
            var e = document.createElement(tag);
            if (text) { e.textContent = text; }
            if (css) { e.style.cssText = css; }
            return e;
          }
          function show(report) {
            hide();
            box = element('div', '', 'position:fixed;left:0;top:0;right:0;bottom:0;z-index:2147483647;overflow:auto;' +
              'background:#fff;color:#000;font:16px/1.5 sans-serif;padding:1.5em;border:6px solid #b00020;box-sizing:border-box');
            box.id = 'mentoring-preview-errors';
            box.setAttribute('role', 'alert');
            box.appendChild(element('h2', report.title, 'margin:0 0 .5em;color:#b00020;font-size:1.4em'));
            box.appendChild(element('p', report.hint, 'margin:0 0 1em'));
            for (var i = 0; i < report.problems.length; i++) {
              var p = report.problems[i];
              var item = element('div', '', 'margin:0 0 1em;padding:.5em .75em;background:#fdecee;border-left:4px solid #b00020');
              item.appendChild(element('div', p.where, 'font-weight:bold'));
              item.appendChild(element('div', p.message, ''));
              item.appendChild(element('pre', p.text, 'margin:.5em 0 0;white-space:pre-wrap;font:13px/1.4 monospace;color:#444'));
              box.appendChild(item);
            }
            var close = element('button', 'Скрыть', 'font:inherit;padding:.3em 1em');
            close.type = 'button';
            close.onclick = hide;
            box.appendChild(close);
            document.body.appendChild(box);
          }
          var source = new EventSource('/__mentoring/events');
          source.addEventListener('hello', function (e) {
            var build = JSON.parse(e.data).build;
            if (seen !== null && seen !== build) { location.reload(); }
            seen = build;
          });
          source.addEventListener('reload', function () { location.reload(); });
          source.addEventListener('build-error', function (e) { show(JSON.parse(e.data)); });
        })();

        """;
}
