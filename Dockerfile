# OpenChannels: one container, one SQLite file under /data.
#   docker build -t openchannels .
#   docker run -p 8080:8080 -v openchannels-data:/data openchannels

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig appsettings.json ./
COPY OpenChannels.Domain/OpenChannels.Domain.csproj OpenChannels.Domain/
COPY OpenChannels.Web/OpenChannels.Web.csproj OpenChannels.Web/
RUN dotnet restore OpenChannels.Web/OpenChannels.Web.csproj
COPY OpenChannels.Domain/ OpenChannels.Domain/
COPY OpenChannels.Web/ OpenChannels.Web/
RUN dotnet publish OpenChannels.Web/OpenChannels.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data && chown app:app /data && chmod 700 /data
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_ENVIRONMENT=Production \
    Urls=http://+:8080 \
    Storage__DataDirectory=/data
VOLUME /data
EXPOSE 8080
# The non-root user that the .NET images provide.
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["dotnet", "OpenChannels.Web.dll"]
