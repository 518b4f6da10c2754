namespace Bot.Catalog; internal static class Placeholder;
