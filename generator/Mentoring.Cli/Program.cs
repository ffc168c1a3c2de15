using System.Globalization;
using System.Text;
using Mentoring.Cli;

Console.OutputEncoding = Encoding.UTF8;
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
var root = CommandLineApp.Create();
return await root.Parse(args).InvokeAsync();
