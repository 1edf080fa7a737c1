using System.CommandLine;
var root = new RootCommand("x");
var o = new Option<string>("--out") { Description = "d" };
var c = new Command("export-schema", "e") { o };
c.SetAction(r => { Console.WriteLine(r.GetValue(o)); return 0; });
root.Subcommands.Add(c);
return root.Parse(args).Invoke();
