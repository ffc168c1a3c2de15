using System.Diagnostics;
using System.Text;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Library;

/// <summary>
/// Runs a JavaScript file of the theme under Node.js, which test.sh installs: the browser's search code is
/// tested as it is shipped, not as a copy.
/// </summary>
internal static class Node
{
    public static string SearchScript => Path.Combine(RepositoryPaths.Root, "themes", "default", "static", "js", "search.js");

    /// <summary>Runs <paramref name="script"/> (a program that may <c>require(process.argv[2])</c> for search.js) with <paramref name="input"/> on stdin.</summary>
    public static string Run(string script, string input, params string[] args) => RunWith([], SearchScript, script, input, args);

    /// <summary>
    /// Runs <paramref name="script"/> with Node options (e.g. <c>--expose-internals</c>) and <paramref name="module"/>
    /// as <c>process.argv[2]</c>, <paramref name="input"/> on stdin.
    /// </summary>
    public static string RunWith(IReadOnlyList<string> nodeOptions, string module, string script, string input, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), "mentoring-node-" + Guid.NewGuid().ToString("N") + ".js");
        File.WriteAllText(file, script, new UTF8Encoding(false));
        try
        {
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                StandardInputEncoding = new UTF8Encoding(false),
                UseShellExecute = false,
            };
            foreach (var option in nodeOptions)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(file);
            start.ArgumentList.Add(module);
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                throw new InvalidOperationException("Для этого теста нужен Node.js (команда node). Запустите ./test.sh — он установит его — или установите пакет nodejs.", ex);
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                process.StandardInput.Write(input);
                process.StandardInput.Close();
                if (!process.WaitForExit(60_000))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("node did not finish in 60 s");
                }

                Assert.True(process.ExitCode == 0, "node failed: " + stderr.Result);
                return stdout.Result;
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
