using Tradewatch.Cli;

return TradewatchCli.Run(args, Console.Out, Console.Error);
