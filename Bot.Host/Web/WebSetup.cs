using Bot.Host.Configuration;
using Microsoft.Extensions.FileProviders;

namespace Bot.Host.Web;

internal static class WebSetup
{
    /// <summary>Listens on the given URL unless `--urls`, ASPNETCORE_URLS or `Urls` says otherwise.</summary>
    public static void UseDefaultUrl(this WebApplicationBuilder builder, string url)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(url);
        }
    }

    /// <summary>
    /// Serves the web chat page from the build output, not the content root: the host is run from
    /// the repository root (where the operator's appsettings.json lives), not from Bot.Host.
    /// </summary>
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        var options = app.Configuration.GetSection(WebChatOptions.Section).Get<WebChatOptions>() ?? new WebChatOptions();
        if (!options.Enabled)
        {
            return app;
        }

        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }
}
