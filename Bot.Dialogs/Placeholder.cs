namespace Bot.Dialogs; internal static class Placeholder;
