using Bot.Bench.Load;
using Bot.Bench.Stamp;

// Temporary entry point for the watermark benchmark; the lead wires the `stamp` verb at merge.
if (args is ["stamp", ..])
{
    return await StampBench.RunAsync(args[1..]);
}

if (args is ["load", ..])
{
    return await LoadCommand.RunAsync(args[1..]);
}

Console.WriteLine("bench");
return 0;
