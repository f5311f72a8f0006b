# factlint's container image: `factlint check` on a mounted repository.
#   docker build -t factlint --build-arg COMMIT="$(git rev-parse --short=12 HEAD)" .
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/repo" factlint check
# Stage 1 builds the release .deb with scripts/package (as a release does);
# stage 2 installs it on Debian slim with git (for .gitignore and
# --changed-since) and nothing else, and runs as a user without privileges.

FROM debian:12-slim AS build
COPY scripts/install-packages /src/scripts/install-packages
RUN /src/scripts/install-packages build package && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
# No .git in the build context (.dockerignore): the commit comes in as an argument.
ARG COMMIT=unknown
RUN scripts/package /build -DFACTLINT_COMMIT="$COMMIT"

FROM debian:12-slim
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends git \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /build/factlint_*.deb /tmp/
RUN dpkg -i /tmp/factlint_*.deb && rm /tmp/factlint_*.deb \
 # A mounted repository belongs to another user: let git read it anyway.
 && git config --system --add safe.directory '*' \
 && useradd --create-home --uid 10001 factlint
USER factlint
WORKDIR /repo
ENTRYPOINT ["factlint"]
CMD ["check"]
