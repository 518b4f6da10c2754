using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Registration;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's python3-aiosmtpd, whose debugging handler prints
/// every message it receives. Started and stopped by the test.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LoopbackSmtpServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<LoopbackSmtpServer> StartAsync()
    {
        var python = await FindPythonWithAiosmtpdAsync()
            ?? throw new InvalidOperationException(
                "This test needs an SMTP server process: python3-aiosmtpd is not installed. Install it with `apt-get install -y python3-aiosmtpd` (scripts/ci-prerequisites.sh does this).");
        var port = FreePort();
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(python, ["-u", "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
        };
        var server = new LoopbackSmtpServer(process, port);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>Waits until the received output satisfies the condition.</summary>
    public Task<string> WaitForAsync(Func<string, bool> condition) =>
        WaitUntil.ReadAsync(() => Task.FromResult(Output), condition, "the expected mail at the SMTP server", text => "It printed:\n" + text);

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private Task WaitUntilListeningAsync() =>
        WaitUntil.TrueAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"aiosmtpd exited at once: {Output}");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, Port);
                    return true;
                }
                catch (SocketException)
                {
                    return false;
                }
            },
            $"aiosmtpd to listen on port {Port}",
            () => Output);

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    // The system python (Debian's package) may not be the first python3 on PATH (pyenv).
    private static async Task<string?> FindPythonWithAiosmtpdAsync()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate, ["-c", "import aiosmtpd"])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                });
                if (probe is null)
                {
                    continue;
                }

                await probe.WaitForExitAsync();
                if (probe.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed at that path.
            }
        }

        return null;
    }
}
