package io.gongkai.server.web;

import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.store.ImportRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into a status and a bilingual message: JSON for the API and for upload requests, the error
 * page otherwise. No stack trace or exception text of the framework ever reaches a response; unexpected failures
 * are logged with an id that the response shows.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "页面不存在 / page not found");
    }

    @ExceptionHandler(UnreadableInputException.class)
    Object unreadable(UnreadableInputException e, HttpServletRequest request) {
        return respond(request, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(ImportRefusedException.class)
    Object refused(ImportRefusedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, HttpStatus.PAYLOAD_TOO_LARGE,
                "文件过大，未保存 / the file is too large; nothing was saved");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    Object noFile(Exception e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "请求中没有文件（字段 file）/ the request has no file (part 'file')");
    }

    @ExceptionHandler(BadRequestException.class)
    Object refusedRequest(BadRequestException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    Object badRequest(Exception e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "请求参数有误 / bad request parameter");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法 / method not allowed");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "请用 multipart/form-data 上传 / use multipart/form-data");
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        String id = Long.toString(System.nanoTime() & 0xffffffL, 36);
        LOG.error("unexpected failure {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR,
                "服务器内部错误，请稍后再试（编号 " + id + "）/ internal error, please try again later (id " + id + ")");
    }

    static boolean wantsJson(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return uri.startsWith(request.getContextPath() + "/api/") || uri.startsWith(request.getContextPath()
                + "/upload") && "POST".equals(request.getMethod())
                || accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains("html");
    }

    private static Object respond(HttpServletRequest request, HttpStatus status, String message) {
        if (wantsJson(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", message);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("message", message);
        return view;
    }

}
