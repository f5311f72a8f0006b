# Installing and packaging: `cmake --install` and CPack's Debian package.
# scripts/package builds the .deb: the portable binary (FACTLINT_PORTABLE), its
# man page (help2man) and shell completions (`factlint completion SHELL`).
include(GNUInstallDirs)

find_program(FACTLINT_HELP2MAN help2man)
set(man_page ${CMAKE_BINARY_DIR}/man/factlint.1)
if(FACTLINT_HELP2MAN)
  execute_process(COMMAND git -C ${CMAKE_SOURCE_DIR} log -1 --format=%ct
                  OUTPUT_VARIABLE commit_time OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  add_custom_command(OUTPUT ${man_page}.gz
                     COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${commit_time}
                             ${CMAKE_COMMAND} -DFACTLINT=$<TARGET_FILE:factlint> -DHELP2MAN=${FACTLINT_HELP2MAN}
                             -DOUT=${man_page} -DWORK=${CMAKE_BINARY_DIR}/man
                             -P ${CMAKE_SOURCE_DIR}/cmake/man_page.cmake
                     COMMAND gzip -n -9 -f ${man_page}
                     DEPENDS factlint ${CMAKE_SOURCE_DIR}/cmake/man_page.cmake
                     COMMENT "Writing the man page from factlint --help (help2man)")
  add_custom_target(factlint_man ALL DEPENDS ${man_page}.gz)
endif()

set(completions ${CMAKE_BINARY_DIR}/completions)
add_custom_command(OUTPUT ${completions}/factlint ${completions}/_factlint ${completions}/factlint.fish
                   COMMAND ${CMAKE_COMMAND} -E make_directory ${completions}
                   COMMAND factlint completion bash > ${completions}/factlint
                   COMMAND factlint completion zsh > ${completions}/_factlint
                   COMMAND factlint completion fish > ${completions}/factlint.fish
                   DEPENDS factlint
                   COMMENT "Writing shell completions (factlint completion bash|zsh|fish)")
add_custom_target(factlint_completions ALL DEPENDS ${completions}/factlint)

install(TARGETS factlint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 OPTIONAL)
install(FILES ${completions}/factlint DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions OPTIONAL)
install(FILES ${completions}/_factlint DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions OPTIONAL)
install(FILES ${completions}/factlint.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d OPTIONAL)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs FILES_MATCHING PATTERN "*.md")
# What editors and CI set-ups point at: the JSON Schemas and the problem matcher.
install(DIRECTORY schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/factlint/schemas FILES_MATCHING PATTERN "*.json")
install(FILES .github/factlint-matcher.json DESTINATION ${CMAKE_INSTALL_DATADIR}/factlint)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME factlint)
set(CPACK_PACKAGE_VENDOR "factlint")
set(CPACK_PACKAGE_CONTACT "factlint maintainers <factlint@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "check news articles against fact sheets")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "check news articles against fact sheets\n factlint reads YAML fact sheets (dates, figures, who said them, how names\n are spelled) and reports every contradiction, missing attribution,\n misattribution and misspelled name in Markdown, text and HTML articles,\n with reports for CI (SARIF, JUnit, GitLab, checkstyle, GitHub annotations).")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/factlint/factlint")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # factlint_0.2.0_amd64.deb
# Depends computed from the binary (dpkg-shlibdeps): libc6 for the portable
# build, the shared libraries' packages otherwise.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
