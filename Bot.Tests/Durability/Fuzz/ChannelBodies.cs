using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Durability.Fuzz;

/// <summary>Valid bodies of each channel as a starting point, and their mutations.</summary>
public static class ChannelBodies
{
    public static FuzzBody WebChat(Random random)
    {
        var valid = random.Next(2) == 0
            ? new JsonObject { ["text"] = DialogInputs.Text(random), ["clientMessageId"] = $"fz{random.Next()}" }
            : new JsonObject { ["choice"] = "m:info", ["clientMessageId"] = $"fz{random.Next()}" };
        return random.Next(10) == 0
            ? new FuzzBody(Encoding.UTF8.GetBytes(valid.ToJsonString()), "application/json", "valid")
            : JsonMutator.Mutate(random, valid);
    }

    /// <summary>A Telegram update (message, edited message, button press, membership change), then mutated.</summary>
    public static FuzzBody Telegram(Random random, long updateId)
    {
        var user = random.Next(1, 1_000_000);
        JsonObject From() => new() { ["id"] = user, ["is_bot"] = false, ["first_name"] = "Budi", ["language_code"] = "id" };
        JsonObject Chat() => new() { ["id"] = user, ["type"] = "private", ["first_name"] = "Budi" };
        JsonObject Message() => new() { ["message_id"] = random.Next(), ["from"] = From(), ["chat"] = Chat(), ["date"] = 1_767_225_600, ["text"] = DialogInputs.Text(random) };
        var update = new JsonObject { ["update_id"] = updateId };
        switch (random.Next(4))
        {
            case 0:
                update["edited_message"] = Message();
                break;
            case 1:
                update["callback_query"] = new JsonObject { ["id"] = $"cq{random.Next()}", ["from"] = From(), ["message"] = Message(), ["chat_instance"] = "1", ["data"] = "m:info" };
                break;
            case 2:
                update["my_chat_member"] = new JsonObject { ["chat"] = Chat(), ["from"] = From(), ["date"] = 1, ["old_chat_member"] = new JsonObject { ["status"] = "member" }, ["new_chat_member"] = new JsonObject { ["status"] = "kicked" } };
                break;
            default:
                update["message"] = Message();
                break;
        }

        return random.Next(10) == 0
            ? new FuzzBody(Encoding.UTF8.GetBytes(update.ToJsonString()), "application/json", "valid")
            : JsonMutator.Mutate(random, update);
    }

    /// <summary>A Twilio WhatsApp webhook form with fields missing, repeated, huge or badly encoded.</summary>
    public static FuzzBody TwilioForm(Random random, string messageSid)
    {
        var fields = new List<(string Key, string Value)>
        {
            ("SmsMessageSid", messageSid), ("MessageSid", messageSid), ("AccountSid", "AC" + new string('0', 32)),
            ("From", $"whatsapp:+6281{random.Next(10_000_000, 99_999_999)}"), ("To", "whatsapp:+14155238886"),
            ("Body", DialogInputs.Text(random)), ("NumMedia", "0"), ("ProfileName", "Siti"), ("WaId", "6281234567890"),
        };
        var steps = new List<string>();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var index = random.Next(fields.Count);
            switch (random.Next(5))
            {
                case 0:
                    steps.Add($"missing {fields[index].Key}");
                    fields.RemoveAt(index);
                    break;
                case 1:
                    steps.Add($"repeated {fields[index].Key}");
                    fields.Add((fields[index].Key, DialogInputs.Text(random)));
                    break;
                case 2:
                    steps.Add($"huge {fields[index].Key}");
                    fields[index] = (fields[index].Key, new string('x', random.Next(5_000, 300_000)));
                    break;
                case 3:
                    steps.Add($"odd {fields[index].Key}");
                    fields[index] = (fields[index].Key, random.Next(3) switch { 0 => "", 1 => "-1", _ => "whatsapp:" });
                    break;
                default:
                    steps.Add("NumMedia without media");
                    fields.Add(("NumMedia", "3"));
                    break;
            }
        }

        var form = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        var bytes = Encoding.UTF8.GetBytes(form);
        if (random.Next(8) == 0)
        {
            bytes = [.. bytes, .. "&Body=%ZZ%C3%28&&=&Body"u8];
            steps.Add("bad percent-encoding");
        }

        if (random.Next(12) == 0)
        {
            bytes = [.. bytes, 0xFF, 0xFE];
            steps.Add("invalid UTF-8");
        }

        return new FuzzBody(bytes, "application/x-www-form-urlencoded", steps.Count == 0 ? "valid" : string.Join(", ", steps));
    }
}
