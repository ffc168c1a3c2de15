using System.Globalization;
using System.Text;
using Mentoring.Cli;

Console.OutputEncoding = Encoding.UTF8;
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
return await CommandLineApp.RunAsync(args, Console.Out, Console.Error);
