# stancegraph_embed(OUT_VAR SYMBOL FILE): generates a .cpp defining
#   extern const char SYMBOL[]; extern const std::size_t SYMBOL_size;
# holding FILE's bytes, regenerated whenever FILE changes. Data files (lexicons,
# gazetteers) are thus part of the binary, which runs from any directory.
function(stancegraph_embed out_var symbol file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFileRun.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFileRun.cmake"
    COMMENT "Embedding ${file}"
    VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
