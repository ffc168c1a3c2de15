using System.Text;
using Mentoring.Site.Output;
using Mentoring.Site.Tests.Library;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Output;

public sealed class JsMinifierTests
{
    [Theory]
    [InlineData("// a comment\nvar a = 1; /* another */ var b = 2;\n", "var a=1;var b=2;\n")]
    [InlineData("x = {\n  a: 1,\n  b: [1, 2]\n};\n", "x={a:1,b:[1,2]};\n")]
    [InlineData("function f (a, b) {\n  return a + b;\n}\n", "function f(a,b){return a+b;}\n")]
    // Strings, templates and regular expressions are copied as written.
    [InlineData("var s = 'a // b /* c */  d', t = \"e  \\\" f\";", "var s='a // b /* c */  d',t=\"e  \\\" f\";\n")]
    [InlineData("var t = `a  ${ b + '}' + `x  ${ c }` }  d`;", "var t=`a  ${ b + '}' + `x  ${ c }` }  d`;\n")]
    [InlineData("var r = /[/]  x\\/ /g, d = a / b / c;", "var r=/[/]  x\\/ /g,d=a/b/c;\n")]
    [InlineData("if (a) { return /a  b/.test(s) }", "if(a){return/a  b/.test(s)}\n")]
    [InlineData("s.replace(/\\s*\\(\\d+\\)$/, '')", "s.replace(/\\s*\\(\\d+\\)$/,'')\n")]
    [InlineData("var n = i++ / 2;", "var n=i++/2;\n")]
    [InlineData("if (a) { b() }\n/x  y/.test(c)", "if(a){b()}\n/x  y/.test(c)\n")]
    // A line break stays where automatic semicolon insertion could depend on it.
    [InlineData("function f() {\n  return\n  x\n}", "function f(){return\nx}\n")]
    [InlineData("a++\nb", "a++\nb\n")]
    [InlineData("var a = b\n(c || d).e()", "var a=b\n(c||d).e()\n")]
    [InlineData("return /* one\n two */ x", "return\nx\n")]
    // Spaces that keep two tokens apart.
    [InlineData("a - -b + +c - --d", "a- -b+ +c- --d\n")]
    [InlineData("x = a / /re/.source.length", "x=a/ /re/.source.length\n")]
    [InlineData("1 .toString()", "1 .toString()\n")]
    [InlineData("if (a < !--b) c = d-- > e", "if(a< !--b)c=d-- >e\n")]
    [InlineData("typeof x === 'undefined' && void 0", "typeof x==='undefined'&&void 0\n")]
    [InlineData("", "\n")]
    public void Drops_only_comments_and_white_space(string js, string expected) =>
        Assert.Equal(expected, JsMinifier.Minify(js));

    [Fact]
    public void Is_idempotent()
    {
        foreach (var script in ThemeScripts())
        {
            var once = JsMinifier.Minify(File.ReadAllText(script));
            Assert.Equal(once, JsMinifier.Minify(once));
        }
    }

    /// <summary>
    /// The proof that nothing but layout changed: every theme script and the tricky samples above parse (with acorn,
    /// the parser bundled with Node) into the same syntax tree before and after minifying.
    /// </summary>
    [Fact]
    public void Theme_scripts_parse_into_the_same_program_after_minifying()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mentoring-js-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var pairs = new List<string>();
            var sources = ThemeScripts().Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
            sources.Add(("samples.js", Samples));
            foreach (var (name, source) in sources)
            {
                var original = Path.Combine(folder, name);
                var minified = Path.Combine(folder, "min-" + name);
                File.WriteAllText(original, source, new UTF8Encoding(false));
                File.WriteAllText(minified, JsMinifier.Minify(source), new UTF8Encoding(false));
                pairs.Add(original + "\n" + minified);
                Assert.True(new FileInfo(minified).Length < new FileInfo(original).Length, name);
            }

            const string script = """
                let acorn;
                try { acorn = require('internal/deps/acorn/acorn/dist/acorn'); }
                catch (e) { process.stdout.write('no acorn: ' + e.message); process.exit(0); }
                const fs = require('fs');
                const tree = file => JSON.stringify(
                  acorn.parse(fs.readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'script' }),
                  (key, value) => key === 'start' || key === 'end' ? undefined : value);
                const out = [];
                for (const pair of fs.readFileSync(0, 'utf8').split('\n\n')) {
                  const [a, b] = pair.split('\n');
                  out.push(require('path').basename(a) + ': ' + (tree(a) === tree(b) ? 'same' : 'DIFFERENT'));
                }
                process.stdout.write(out.join('\n'));
                """;
            var result = Node.RunWith(["--expose-internals"], folder, script, string.Join("\n\n", pairs));
            Assert.DoesNotContain("no acorn", result, StringComparison.Ordinal);
            Assert.Equal(sources.Select(s => s.Item1 + ": same"), result.Split('\n'));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> ThemeScripts() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "themes", "default", "static", "js"), "*.js").Order(StringComparer.Ordinal);

    /// <summary>Constructs where a careless minifier changes the program.</summary>
    private const string Samples = """
        'use strict';
        // Automatic semicolon insertion.
        function f(x) {
          if (x) {
            return
              x + 1;
          }
          var a = x
          ++a
          var b = a /* a comment
          with a line break */ ++b
          return { a: a, b: b };
        }
        var g = function () { return 1; };
        if (g) { g() }
        /re  gex/g.test('x');
        var h = 4 / 2 / 1, i = h++ / 2, j = [1] / 1, k = (2) / 1;
        var s = 'it\'s // not a comment', t = "/* nor this */", u = `${ s + `${ t }` } \` } {`;
        var r = /[/*]+\/ [a-z]{2}/gi, q = s.replace(/\s+/g, ' ').split(/,/);
        var m = - -1, n = + +1, o = i - --i, p = 1 .toFixed(2);
        if (typeof r === 'object' && !(r instanceof RegExp)) { throw new Error('no') }
        label: for (var z = 0; z < 3; z++) { if (z) continue label; else break label }
        var w = z < !--z, v = z-- > 0;
        """;
}
