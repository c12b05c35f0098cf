using DocGen.Api.Access;
using DocGen.Api.Contract;
using DocGen.Api.Extraction;
using DocGen.Api.Forms;
using DocGen.Api.Health;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Api.Summaries;
using DocGen.Api.Templates;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls($"http://127.0.0.1:{builder.Configuration["PORT"] ?? "5080"}");
var limits = builder.Configuration.GetSection("Limits").Get<RequestLimits>() ?? new RequestLimits();
// The general limit; render-batch raises its own per request.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
builder.Services.AddSingleton(limits);
builder.Services.AddDocGen(builder.Configuration);
builder.Services.AddDocGenAccess(builder.Configuration);
builder.Services.AddDocGenProblems();
builder.Services.AddDocGenContract();

var app = builder.Build();
// First, so that an exception anywhere after it, in the access middleware too, is a problem answer.
app.UseExceptionHandler();
app.UseDocGenAccess();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseDocGenContract();
app.MapHealth();
app.MapFormsApi();
app.MapTemplateCheck();
app.MapExtraction();
app.MapSummaries();
app.Run();

/// <summary>Entry point type, public so tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
