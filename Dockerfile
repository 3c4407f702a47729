# The diplo worker image used by docker-compose.yml (machines with Docker).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY diplo diplo
COPY processors processors
COPY streams streams
COPY schemas schemas
COPY seeds seeds
RUN pip install --no-cache-dir .
ENV DIPLO_HOME=/data
ENTRYPOINT ["diplo"]
CMD ["worker", "--agents", "extract,alert"]
