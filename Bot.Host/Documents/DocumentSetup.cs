using Bot.Catalog.Pdf;
using Bot.Dialogs.Ports;

namespace Bot.Host.Documents;

internal static class DocumentSetup
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PdfWatermarker>();
        services.AddSingleton<StampedCopies>();
        services.AddSingleton<SourcePreflight>();
        services.AddSingleton<IDocumentLinks, DocumentLinks>();
        services.AddScoped<StaffNotices>();
        services.AddScoped<IDocumentDelivery, DocumentDelivery>();
        services.AddScoped<IDocumentStore, StampedDocumentStore>();
        services.AddScoped<IDeliverySources, DeliverySources>();
        services.AddScoped<Users.IUserDataEraser, DeliveryEraser>();
        return services;
    }
}
