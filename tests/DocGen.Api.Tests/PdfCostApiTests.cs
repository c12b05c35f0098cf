using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DocGen.Api.Hosting;
using DocGen.Api.Tests.Support;
using DocGen.Conversion;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Api.Tests;

/// <summary>PDF requests that would hold LibreOffice for long: refused by their size, or stopped when their client leaves.</summary>
public sealed class PdfCostApiTests
{
    private const string Render = "/api/forms/demo/case-form/render";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Company(string name, string intro = "主要生产节能电机。") =>
        JsonSerializer.Serialize(new { name, uscc = "91110000600037341L", intro, nature = "民营" });

    [Fact]
    public async Task A_document_too_big_for_pdf_is_refused_naming_the_limit_while_the_same_data_as_docx_is_made()
    {
        using var api = new SettingsApi(("Pdf:Enabled", "true"), ("Pdf:Workers", "1"), ("Pdf:MaxParagraphCharacters", "40"));
        var client = api.CreateClient();
        var data = Company("郑州绿源机械有限公司", new string('绿', 200));

        var pdf = await client.PostAsync(Render + "?format=pdf", Json(data));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType!.MediaType);
        var problem = await pdf.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("/pdf-too-large", problem.GetProperty("type").GetString());
        Assert.Equal("paragraphCharacters", problem.GetProperty("measure").GetString());
        Assert.Equal(40, problem.GetProperty("limit").GetInt64());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("不超过 40 字", detail);
        Assert.Contains("format=docx", detail);
        Assert.Equal(0, Pool(api).Status.JobsDone + Pool(api).Status.Busy + Pool(api).Status.QueueLength);

        var docx = await client.PostAsync(Render + "?format=docx", Json(data));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
    }

    [Fact]
    public async Task A_pdf_batch_whose_client_hangs_up_stops_converting_and_frees_the_worker()
    {
        using var api = new SettingsApi(("Pdf:Enabled", "true"), ("Pdf:Workers", "1"), ("Pdf:JobTimeout", "00:02:00"));
        var client = api.CreateClient();
        var pool = Pool(api);
        await Eventually.TrueAsync(() => pool.Status.Ready, "the PDF pool to be ready");
        var office = Assert.Single(pool.Status.WorkerDetails).Pid;
        // A frozen LibreOffice holds the batch's first conversion for as long as the test needs.
        Signals.Send(office, Signals.Stop);
        try
        {
            var batch = "[" + string.Join(",", Enumerable.Range(0, 20).Select(i => Company($"公司{i}"))) + "]";
            using var hangUp = new CancellationTokenSource();
            using var request = new HttpRequestMessage(HttpMethod.Post, Render + "-batch?format=pdf") { Content = Json(batch) };
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, hangUp.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Eventually.TrueAsync(() => pool.Status.Busy == 1, "the first item to be converting");

            var stopwatch = Stopwatch.StartNew();
            await hangUp.CancelAsync();
            response.Dispose();

            await AssertStoppedForNobodyAsync(pool, office, stopwatch, "the worker converting for nobody to be stopped");
        }
        finally
        {
            if (Signals.IsAlive(office)) Signals.Send(office, Signals.Continue);
        }
    }

    [Fact]
    public async Task A_pdf_batch_whose_client_hangs_up_halfway_through_a_body_of_megabytes_stops_converting_on_a_real_socket()
    {
        using var api = new SocketApi(("Pdf:Enabled", "true"), ("Pdf:Workers", "1"), ("Pdf:JobTimeout", "00:02:00"));
        var server = api.Start();
        var pool = Pool(api);
        await Eventually.TrueAsync(() => pool.Status.Ready, "the PDF pool to be ready");
        var office = Assert.Single(pool.Status.WorkerDetails).Pid;
        Signals.Send(office, Signals.Stop);
        try
        {
            // About 9 MB of items, 1,000 of them to convert: far more than Kestrel buffers for a request (1 MB) and the sockets hold.
            var body = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(0, 60_000).Select(i => Company($"公司{i}"))) + "]");
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(server);
            await socket.SendAsync(Encoding.ASCII.GetBytes(
                $"POST {Render}-batch?format=pdf HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n"));
            // Everything but the closing bracket: whenever it leaves, the client has not finished sending.
            using var hangUp = new CancellationTokenSource();
            var upload = UploadUntilAsync(socket, body.AsMemory(0, body.Length - 1), hangUp.Token);
            await Eventually.TrueAsync(() => pool.Status.Busy == 1, "the first item to be converting");
            await Task.Delay(TimeSpan.FromSeconds(1));

            await hangUp.CancelAsync();
            var sent = await upload;
            socket.Close();
            var stopwatch = Stopwatch.StartNew();

            await AssertStoppedForNobodyAsync(pool, office, stopwatch, $"the worker converting for the client gone after {sent:N0} of {body.Length:N0} bytes to be stopped");
        }
        finally
        {
            if (Signals.IsAlive(office)) Signals.Send(office, Signals.Continue);
        }
    }

    [Fact]
    public async Task A_pdf_batch_answers_its_status_and_headers_on_a_real_socket_before_the_first_document_is_made()
    {
        using var api = new SocketApi(("Pdf:Enabled", "true"), ("Pdf:Workers", "1"), ("Pdf:JobTimeout", "00:02:00"));
        var server = api.Start();
        var pool = Pool(api);
        await Eventually.TrueAsync(() => pool.Status.Ready, "the PDF pool to be ready");
        var office = Assert.Single(pool.Status.WorkerDetails).Pid;
        // Frozen, LibreOffice holds the first item: no ZIP entry can be written, so only the headers can reach the client.
        Signals.Send(office, Signals.Stop);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://{server}") };
            var batch = "[" + string.Join(",", Enumerable.Range(0, 3).Select(i => Company($"公司{i}"))) + "]";
            using var request = new HttpRequestMessage(HttpMethod.Post, Render + "-batch?format=pdf") { Content = Json(batch) };
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, patience.Token);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
            await Eventually.TrueAsync(() => pool.Status.Busy == 1, "the first item to be converting");
            Assert.Equal(0, pool.Status.JobsDone);
        }
        finally
        {
            if (Signals.IsAlive(office)) Signals.Send(office, Signals.Continue);
        }
    }

    /// <summary>
    /// The frozen worker <paramref name="office"/> was killed within 15 s of the hang-up (<paramref name="sinceHangUp"/>),
    /// nothing is left running or queued, a new worker took its place, and no document was ever made for the gone client.
    /// </summary>
    private static async Task AssertStoppedForNobodyAsync(IPdfConverter pool, int office, Stopwatch sinceHangUp, string waitingFor)
    {
        await Eventually.TrueAsync(() => !Signals.IsAlive(office) && pool.Status.Busy == 0 && pool.Status.QueueLength == 0, waitingFor);
        Assert.True(sinceHangUp.Elapsed < TimeSpan.FromSeconds(15), $"took {sinceHangUp.Elapsed}");
        await Eventually.TrueAsync(() => pool.Status.WorkersUp == 1, "the worker to be replaced");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(0, pool.Status.JobsDone);
    }

    /// <summary>
    /// Sends what the connection takes until <paramref name="hangUp"/>, never waiting inside a send, so that the hang-up is a
    /// plain close as a command-line client's is: the unsent rest of the body is dropped, whatever the kernel still holds goes first.
    /// </summary>
    private static async Task<int> UploadUntilAsync(Socket socket, ReadOnlyMemory<byte> body, CancellationToken hangUp)
    {
        socket.Blocking = false;
        var sent = 0;
        while (sent < body.Length && !hangUp.IsCancellationRequested)
        {
            sent += socket.Send(body.Span[sent..Math.Min(body.Length, sent + 64 * 1024)], SocketFlags.None, out var error);
            if (error == SocketError.WouldBlock) await Task.Delay(20, CancellationToken.None);
            else if (error != SocketError.Success) break;
        }
        return sent;
    }

    private static IPdfConverter Pool(SettingsApi api) => api.Services.GetRequiredService<PdfPoolHost>().Converter!;
}
