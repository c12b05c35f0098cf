using DocGen.Api.Access;
using DocGen.Api.Extraction;
using DocGen.Api.Forms;
using DocGen.Api.Health;
using DocGen.Api.Hosting;
using DocGen.Api.Problems;
using DocGen.Api.Templates;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls($"http://127.0.0.1:{builder.Configuration["PORT"] ?? "5080"}");
var limits = builder.Configuration.GetSection("Limits").Get<RequestLimits>() ?? new RequestLimits();
// The general limit; render-batch raises its own per request.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
builder.Services.AddSingleton(limits);
builder.Services.AddDocGen(builder.Configuration);
builder.Services.AddDocGenAccess(builder.Configuration);
builder.Services.AddExceptionHandler<BadRequestProblems>();
builder.Services.AddProblemDetails();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(o => o.SwaggerDoc("v1", new() { Title = "DocGen", Version = "v1", Description = "绿色制造表单：按模板版本从 JSON 生成 DOCX/PDF" }));

var app = builder.Build();
app.UseDocGenAccess();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseSwagger();
app.UseSwaggerUI(o => o.SwaggerEndpoint("/swagger/v1/swagger.json", "DocGen v1"));
app.MapHealth();
app.MapFormsApi();
app.MapTemplateCheck();
app.MapExtraction();
app.Run();

/// <summary>Entry point type, public so tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
